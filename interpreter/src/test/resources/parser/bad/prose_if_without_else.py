by the way if an example of prose.
