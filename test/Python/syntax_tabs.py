# RUN: %difftest %s
# Indentation with tabs (one tab per level), and a mix of tab-indented
# blocks inside space-indented code of different functions.


def scale(values, factor):
	out = []
	for v in values:
		if v > 0:
			out.append(v * factor)
		else:
			out.append(0)
	return out


def spaces(n):
    total = 0
    for i in range(n):
        total += i
    return total


class_like = {
	"a": 1,
		"b": 2,
}
print(scale([1, -2, 3], 10), spaces(5), class_like)
if True:
	x = [
    1, 2,
		3]
	print(x)
