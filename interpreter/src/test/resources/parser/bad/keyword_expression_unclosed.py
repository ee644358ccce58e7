selp(self.f = None
