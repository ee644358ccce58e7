{method 'append' of 'list' objects}
