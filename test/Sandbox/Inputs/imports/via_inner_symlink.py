import alias
print("alias", alias.VALUE)
