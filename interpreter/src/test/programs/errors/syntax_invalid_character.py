# An invalid character in an identifier.
price€ = 5
