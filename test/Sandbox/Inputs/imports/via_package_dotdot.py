import pkg.deep
