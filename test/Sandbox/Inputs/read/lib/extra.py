NAME = "extra module read"
OUTSIDE = "../outside"
