//===- LayoutKernels.cpp - shape manipulation and reduction kernels -------===//
//
// Reference kernels that move elements around or reduce them: reshape,
// transpose, concat, split, reduce_sum and reduce_mean.
//
//===----------------------------------------------------------------------===//

#include "scopec/Interpreter/Kernels.h"

#include "KernelUtil.h"

#include <algorithm>
#include <limits>

using namespace scopec::interp;
using namespace scopec::interp::util;

//===----------------------------------------------------------------------===//
// Shape manipulation
//===----------------------------------------------------------------------===//

bool scopec::interp::reshape(const Tensor &input, const Shape &shape,
                             Tensor &result, std::string &error) {
  if (numElements(shape) != input.numElements()) {
    error = "cannot reshape " + formatShape(input.shape) + " into " +
            formatShape(shape);
    return false;
  }
  result = Tensor(shape, input.values);
  return true;
}

bool scopec::interp::transpose(const Tensor &input, const Shape &perm,
                               Tensor &result, std::string &error) {
  int64_t rank = input.rank();
  std::vector<bool> seen(rank, false);
  bool valid = static_cast<int64_t>(perm.size()) == rank;
  for (size_t i = 0; valid && i < perm.size(); ++i) {
    valid = perm[i] >= 0 && perm[i] < rank && !seen[perm[i]];
    if (valid)
      seen[perm[i]] = true;
  }
  if (!valid) {
    error = "perm " + formatShape(perm) + " is not a permutation of " +
            std::to_string(rank) + " axes";
    return false;
  }
  Shape shape(rank), inStrides = input.strides();
  for (int64_t i = 0; i < rank; ++i)
    shape[i] = input.shape[perm[i]];
  result = Tensor::filled(shape);
  if (result.values.empty())
    return true;
  // result[i0, i1, ...] = input[j] with j[perm[d]] = i[d].
  Shape index(rank, 0);
  int64_t flat = 0;
  do {
    int64_t source = 0;
    for (int64_t d = 0; d < rank; ++d)
      source += index[d] * inStrides[perm[d]];
    result.values[flat++] = input.values[source];
  } while (next(index, shape));
  return true;
}

bool scopec::interp::concat(const std::vector<const Tensor *> &inputs,
                            int64_t axis, Tensor &result, std::string &error) {
  if (inputs.empty()) {
    error = "concat needs at least one input";
    return false;
  }
  const Tensor &first = *inputs.front();
  int64_t a;
  if (!normalizeAxis(axis, first.rank(), a, error))
    return false;
  // View each input as [outer, size_a * inner]; the result interleaves the
  // inputs' rows.
  Shape shape = first.shape;
  shape[a] = 0;
  for (const Tensor *t : inputs) {
    bool match = t->rank() == first.rank();
    for (int64_t d = 0; match && d < first.rank(); ++d)
      match = d == a || t->shape[d] == first.shape[d];
    if (!match) {
      error = "cannot concatenate " + formatShape(t->shape) + " with " +
              formatShape(first.shape) + " along axis " + std::to_string(a);
      return false;
    }
    shape[a] += t->shape[a];
  }
  int64_t outer = 1;
  for (int64_t d = 0; d < a; ++d)
    outer *= shape[d];
  result = Tensor::filled(shape);
  int64_t flat = 0;
  for (int64_t o = 0; o < outer; ++o) {
    for (const Tensor *t : inputs) {
      int64_t row = t->numElements() / std::max<int64_t>(outer, 1);
      for (int64_t i = 0; i < row; ++i)
        result.values[flat++] = t->values[o * row + i];
    }
  }
  return true;
}

bool scopec::interp::split(const Tensor &input, int64_t axis,
                           const Shape &sizes, std::vector<Tensor> &results,
                           std::string &error) {
  int64_t a;
  if (!normalizeAxis(axis, input.rank(), a, error))
    return false;
  int64_t total = 0;
  for (int64_t size : sizes) {
    if (size < 0)
      total = -1;
    if (total >= 0)
      total += size;
  }
  if (total != input.shape[a]) {
    error = "split sizes " + formatShape(sizes) + " do not add up to " +
            std::to_string(input.shape[a]) + " (axis " + std::to_string(a) +
            " of " + formatShape(input.shape) + ")";
    return false;
  }
  int64_t outer = 1, inner = input.strides()[a];
  for (int64_t d = 0; d < a; ++d)
    outer *= input.shape[d];
  results.clear();
  int64_t start = 0; // first index along `a` of the current piece
  for (int64_t size : sizes) {
    Shape shape = input.shape;
    shape[a] = size;
    Tensor piece = Tensor::filled(shape);
    int64_t flat = 0;
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t k = start; k < start + size; ++k)
        for (int64_t i = 0; i < inner; ++i)
          piece.values[flat++] =
              input.values[(o * input.shape[a] + k) * inner + i];
    results.push_back(std::move(piece));
    start += size;
  }
  return true;
}

Tensor scopec::interp::gather(const Tensor &params, const Tensor &indices,
                              int64_t axis) {
  int64_t outer = 1, inner = 1, n = params.shape[axis];
  for (int64_t d = 0; d < axis; ++d)
    outer *= params.shape[d];
  for (int64_t d = axis + 1; d < params.rank(); ++d)
    inner *= params.shape[d];
  Shape shape(params.shape.begin(), params.shape.begin() + axis);
  shape.insert(shape.end(), indices.shape.begin(), indices.shape.end());
  shape.insert(shape.end(), params.shape.begin() + axis + 1,
               params.shape.end());
  Tensor out = Tensor::filled(shape);
  int64_t count = indices.numElements();
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t i = 0; i < count; ++i) {
      double k = indices.values[i];
      if (k < 0 || k >= static_cast<double>(n))
        continue;
      for (int64_t j = 0; j < inner; ++j)
        out.values[(o * count + i) * inner + j] =
            params.values[(o * n + static_cast<int64_t>(k)) * inner + j];
    }
  return out;
}

Tensor scopec::interp::pad(const Tensor &input, const Shape &before,
                           const Shape &after, llvm::StringRef mode,
                           double value) {
  Shape sizes = input.shape;
  for (size_t d = 0; d < sizes.size(); ++d)
    sizes[d] += before[d] + after[d];
  Tensor out = Tensor::filled(sizes, value);
  if (out.values.empty())
    return out;
  Shape inStrides = input.strides();
  Shape index(sizes.size(), 0);
  int64_t flat = 0;
  do {
    int64_t source = 0;
    bool inside = true;
    for (size_t d = 0; d < sizes.size() && inside; ++d) {
      int64_t i = index[d] - before[d], n = input.shape[d];
      if (i < 0 || i >= n) {
        if (mode == "CONSTANT")
          inside = false;
        else if (mode == "REFLECT")
          i = i < 0 ? -i : 2 * (n - 1) - i;
        else
          i = i < 0 ? -i - 1 : 2 * n - 1 - i;
      }
      source += i * inStrides[d];
    }
    if (inside)
      out.values[flat] = input.values[source];
    ++flat;
  } while (next(index, sizes));
  return out;
}

Tensor scopec::interp::stridedSlice(const Tensor &input, const Shape &offsets,
                                    const Shape &strides, const Shape &sizes) {
  Tensor out = Tensor::filled(sizes);
  if (out.values.empty())
    return out;
  Shape inStrides = input.strides();
  Shape index(sizes.size(), 0);
  int64_t flat = 0;
  do {
    int64_t source = 0;
    for (size_t d = 0; d < sizes.size(); ++d)
      source += (offsets[d] + index[d] * strides[d]) * inStrides[d];
    out.values[flat++] = input.values[source];
  } while (next(index, sizes));
  return out;
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

bool scopec::interp::reduce(ReduceFn combine, const Tensor &input,
                            const Shape &axes, bool keepDims, Tensor &result,
                            std::string &error) {
  int64_t rank = input.rank();
  std::vector<bool> reduced(rank, axes.empty());
  for (int64_t axis : axes) {
    int64_t a;
    if (!normalizeAxis(axis, rank, a, error))
      return false;
    reduced[a] = true;
  }
  // Gather each result element's inputs (keep_dims-shaped), then combine.
  Shape kept(rank);
  for (int64_t d = 0; d < rank; ++d)
    kept[d] = reduced[d] ? 1 : input.shape[d];
  Tensor out = Tensor::filled(kept);
  Shape keptStrides = out.strides();
  std::vector<std::vector<double>> groups(out.values.size());
  if (input.numElements() > 0) {
    Shape index(rank, 0);
    int64_t flat = 0;
    do {
      int64_t target = 0;
      for (int64_t d = 0; d < rank; ++d)
        if (!reduced[d])
          target += index[d] * keptStrides[d];
      groups[target].push_back(input.values[flat++]);
    } while (next(index, input.shape));
  }
  for (size_t i = 0; i < groups.size(); ++i)
    out.values[i] = combine(groups[i]);
  Shape shape;
  for (int64_t d = 0; d < rank; ++d)
    if (!reduced[d] || keepDims)
      shape.push_back(kept[d]);
  result = Tensor(shape, std::move(out.values));
  return true;
}

bool scopec::interp::argReduce(bool isMax, const Tensor &input, int64_t axis,
                               Tensor &result, std::string &error) {
  int64_t rank = input.rank();
  int64_t a;
  if (!normalizeAxis(axis, rank, a, error))
    return false;
  if (input.shape[a] == 0) {
    error = "Reduction axis " + std::to_string(axis) + " is empty in shape " +
            formatShape(input.shape);
    return false;
  }
  int64_t outer = 1, inner = 1, len = input.shape[a];
  for (int64_t d = 0; d < a; ++d)
    outer *= input.shape[d];
  for (int64_t d = a + 1; d < rank; ++d)
    inner *= input.shape[d];
  Shape shape(input.shape);
  shape.erase(shape.begin() + a);
  std::vector<double> values(outer * inner);
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t i = 0; i < inner; ++i) {
      const double *x = input.values.data() + o * len * inner + i;
      int64_t best = 0;
      for (int64_t k = 1; k < len; ++k)
        if (isMax ? x[k * inner] > x[best * inner]
                  : x[k * inner] < x[best * inner])
          best = k;
      values[o * inner + i] = static_cast<double>(best);
    }
  result = Tensor(shape, std::move(values));
  return true;
}
