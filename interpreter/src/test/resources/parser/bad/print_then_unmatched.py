print "x"
)
