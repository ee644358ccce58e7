And also Apple documentation print entation.
