//===- AddressSanitizer.h - Whether ASan instruments this build -*- C++ -*-===//
//
// Defines SCOPEC_ASAN when AddressSanitizer instruments the build (clang's
// __has_feature, GCC's __SANITIZE_ADDRESS__): generator stacks announce
// their switches to it, and the memory limit asks its allocator.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_ADDRESSSANITIZER_H
#define SCOPEC_FRONTEND_ADDRESSSANITIZER_H

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCOPEC_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(SCOPEC_ASAN)
#define SCOPEC_ASAN 1
#endif

#endif // SCOPEC_FRONTEND_ADDRESSSANITIZER_H
