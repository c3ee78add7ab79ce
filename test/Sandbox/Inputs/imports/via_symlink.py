import linked
