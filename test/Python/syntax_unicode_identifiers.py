# RUN: %difftest %s
# Non-ASCII identifiers (PEP 3131).
größe = 3
π = 3.14
def maßstab(wert):
    return wert * größe
print(größe * 2, maßstab(π), [ñ for ñ in range(2)])
