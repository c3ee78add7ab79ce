# Strings of 32 MiB each, kept.
kept = []
kept += ["x" * (32 << 20) for _ in range(1000)]
