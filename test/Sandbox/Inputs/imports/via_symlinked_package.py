import linkedpkg.evil
