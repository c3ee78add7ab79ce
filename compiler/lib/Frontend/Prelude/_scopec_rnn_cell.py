# TensorFlow 1.15's RNN cells, tf.nn.static_rnn and dynamic_rnn
# (ops/rnn_cell_impl.py,
# ops/rnn.py), written after TF's source over scopec's tf.layers: the cells
# are layers, so their variables are TF's (`rnn/basic_lstm_cell/kernel`,
# `rnn/multi_rnn_cell/cell_0/gru_cell/gates/kernel`), created on the first
# step and reused on the next ones. static_rnn is unrolled, as in TF;
# dynamic_rnn is unrolled too for now (TF runs a while loop).
import collections
import copy
import math

import tensorflow as tf
import _scopec_layers as base

_TF_LSTM = collections.namedtuple("LSTMStateTuple", ("c", "h"))


class LSTMStateTuple(_TF_LSTM):
    """The (c, h) state of an LSTM cell."""

    @property
    def dtype(self):
        if self.c.dtype != self.h.dtype:
            raise TypeError("Inconsistent internal state: %s vs %s" %
                            (str(self.c.dtype), str(self.h.dtype)))
        return self.c.dtype


def _flatten(state):
    if isinstance(state, (tuple, list)):
        out = []
        for s in state:
            out.extend(_flatten(s))
        return out
    return [state]


def _pack_like(structure, flat):
    """flat values in the nesting of `structure` (tuples, LSTMStateTuple)."""
    def pack(s, it):
        if isinstance(s, LSTMStateTuple):
            return LSTMStateTuple(pack(s.c, it), pack(s.h, it))
        if isinstance(s, (tuple, list)):
            return tuple([pack(x, it) for x in s])
        return next(it)
    return pack(structure, iter(flat))


class RNNCell(base.Layer):
    """TF's RNNCell: call(inputs, state) -> (output, new_state)."""

    def __call__(self, inputs, state, scope=None):
        return super(RNNCell, self).__call__(inputs, state, scope=scope)

    @property
    def state_size(self):
        raise NotImplementedError("Abstract method")

    @property
    def output_size(self):
        raise NotImplementedError("Abstract method")

    def zero_state(self, batch_size, dtype):
        with tf.name_scope(type(self).__name__ + "ZeroState"):
            def zeros(size):
                if isinstance(size, LSTMStateTuple):
                    return LSTMStateTuple(zeros(size.c), zeros(size.h))
                if isinstance(size, (tuple, list)):
                    return tuple([zeros(s) for s in size])
                return tf.zeros([batch_size, size], dtype=dtype)
            return zeros(self.state_size)

    def get_initial_state(self, inputs=None, batch_size=None, dtype=None):
        if inputs is not None:
            batch_size = inputs.shape.as_list()[0]
            dtype = inputs.dtype
        return self.zero_state(batch_size, dtype)


LayerRNNCell = RNNCell


def _activation(activation):
    return tf.tanh if activation is None else activation


def _input_depth(inputs_shape, cell):
    depth = inputs_shape.as_list()[-1]
    if depth is None:
        raise ValueError("Expected inputs.shape[-1] to be known, saw shape: "
                         "%s" % inputs_shape)
    return depth


class _UnitsCell(RNNCell):
    """A cell of num_units outputs and an activation (tanh by default);
    its state is one tensor of num_units unless the cell says otherwise."""

    def __init__(self, num_units, activation=None, reuse=None, name=None,
                 dtype=None, **kwargs):
        super(_UnitsCell, self).__init__(_reuse=reuse, name=name, dtype=dtype,
                                         **kwargs)
        self._num_units = num_units
        self._activation = _activation(activation)

    @property
    def state_size(self):
        return self._num_units

    @property
    def output_size(self):
        return self._num_units


class BasicRNNCell(_UnitsCell):

    def build(self, inputs_shape):
        depth = _input_depth(inputs_shape, self)
        self._kernel = self.add_weight(
            "kernel", shape=[depth + self._num_units, self._num_units])
        self._bias = self.add_weight("bias", shape=[self._num_units],
                                     initializer=tf.zeros_initializer())
        self.built = True

    def call(self, inputs, state):
        gate_inputs = tf.matmul(tf.concat([inputs, state], 1), self._kernel)
        gate_inputs = tf.nn.bias_add(gate_inputs, self._bias)
        output = self._activation(gate_inputs)
        return output, output


class GRUCell(_UnitsCell):

    def __init__(self, num_units, activation=None, reuse=None,
                 kernel_initializer=None, bias_initializer=None, name=None,
                 dtype=None, **kwargs):
        super(GRUCell, self).__init__(num_units, activation, reuse, name,
                                      dtype, **kwargs)
        self._kernel_initializer = kernel_initializer
        self._bias_initializer = bias_initializer

    def build(self, inputs_shape):
        depth = _input_depth(inputs_shape, self)
        n = self._num_units
        self._gate_kernel = self.add_weight(
            "gates/kernel", shape=[depth + n, 2 * n],
            initializer=self._kernel_initializer)
        self._gate_bias = self.add_weight(
            "gates/bias", shape=[2 * n],
            initializer=(self._bias_initializer
                         if self._bias_initializer is not None
                         else tf.constant_initializer(1.0)))
        self._candidate_kernel = self.add_weight(
            "candidate/kernel", shape=[depth + n, n],
            initializer=self._kernel_initializer)
        self._candidate_bias = self.add_weight(
            "candidate/bias", shape=[n],
            initializer=(self._bias_initializer
                         if self._bias_initializer is not None
                         else tf.zeros_initializer()))
        self.built = True

    def call(self, inputs, state):
        gate_inputs = tf.matmul(tf.concat([inputs, state], 1),
                                self._gate_kernel)
        gate_inputs = tf.nn.bias_add(gate_inputs, self._gate_bias)
        value = tf.sigmoid(gate_inputs)
        r, u = tf.split(value=value, num_or_size_splits=2, axis=1)
        r_state = r * state
        candidate = tf.matmul(tf.concat([inputs, r_state], 1),
                              self._candidate_kernel)
        candidate = tf.nn.bias_add(candidate, self._candidate_bias)
        c = self._activation(candidate)
        new_h = u * state + (1 - u) * c
        return new_h, new_h


class BasicLSTMCell(_UnitsCell):

    def __init__(self, num_units, forget_bias=1.0, state_is_tuple=True,
                 activation=None, reuse=None, name=None, dtype=None,
                 **kwargs):
        super(BasicLSTMCell, self).__init__(num_units, activation, reuse,
                                            name, dtype, **kwargs)
        self._forget_bias = forget_bias
        self._state_is_tuple = state_is_tuple

    @property
    def state_size(self):
        return (LSTMStateTuple(self._num_units, self._num_units)
                if self._state_is_tuple else 2 * self._num_units)

    def build(self, inputs_shape):
        depth = _input_depth(inputs_shape, self)
        n = self._num_units
        self._kernel = self.add_weight("kernel", shape=[depth + n, 4 * n])
        self._bias = self.add_weight("bias", shape=[4 * n],
                                     initializer=tf.zeros_initializer())
        self.built = True

    def call(self, inputs, state):
        if self._state_is_tuple:
            c, h = state
        else:
            c, h = tf.split(value=state, num_or_size_splits=2, axis=1)
        gate_inputs = tf.matmul(tf.concat([inputs, h], 1), self._kernel)
        gate_inputs = tf.nn.bias_add(gate_inputs, self._bias)
        i, j, f, o = tf.split(value=gate_inputs, num_or_size_splits=4,
                              axis=1)
        forget_bias_tensor = tf.constant(self._forget_bias, dtype=f.dtype)
        new_c = tf.add(tf.multiply(c, tf.sigmoid(tf.add(f,
                                                        forget_bias_tensor))),
                       tf.multiply(tf.sigmoid(i), self._activation(j)))
        new_h = tf.multiply(self._activation(new_c), tf.sigmoid(o))
        if self._state_is_tuple:
            new_state = LSTMStateTuple(new_c, new_h)
        else:
            new_state = tf.concat([new_c, new_h], 1)
        return new_h, new_state


class LSTMCell(RNNCell):

    def __init__(self, num_units, use_peepholes=False, cell_clip=None,
                 initializer=None, num_proj=None, proj_clip=None,
                 num_unit_shards=None, num_proj_shards=None, forget_bias=1.0,
                 state_is_tuple=True, activation=None, reuse=None, name=None,
                 dtype=None, **kwargs):
        super(LSTMCell, self).__init__(_reuse=reuse, name=name, dtype=dtype,
                                       **kwargs)
        if num_unit_shards is not None or num_proj_shards is not None:
            raise NotImplementedError("LSTMCell shards are not supported by "
                                      "scopec")
        self._num_units = num_units
        self._use_peepholes = use_peepholes
        self._cell_clip = cell_clip
        self._initializer = initializer
        self._num_proj = num_proj
        self._proj_clip = proj_clip
        self._forget_bias = forget_bias
        self._state_is_tuple = state_is_tuple
        self._activation = _activation(activation)
        self._output_size = num_proj if num_proj else num_units

    @property
    def state_size(self):
        if self._state_is_tuple:
            return LSTMStateTuple(self._num_units, self._output_size)
        return self._num_units + self._output_size

    @property
    def output_size(self):
        return self._output_size

    def build(self, inputs_shape):
        depth = _input_depth(inputs_shape, self)
        n = self._num_units
        self._kernel = self.add_weight(
            "kernel", shape=[depth + self._output_size, 4 * n],
            initializer=self._initializer)
        self._bias = self.add_weight("bias", shape=[4 * n],
                                     initializer=tf.zeros_initializer())
        if self._use_peepholes:
            self._w_f_diag = self.add_weight("w_f_diag", shape=[n],
                                             initializer=self._initializer)
            self._w_i_diag = self.add_weight("w_i_diag", shape=[n],
                                             initializer=self._initializer)
            self._w_o_diag = self.add_weight("w_o_diag", shape=[n],
                                             initializer=self._initializer)
        if self._num_proj is not None:
            self._proj_kernel = self.add_weight(
                "projection/kernel", shape=[n, self._num_proj],
                initializer=self._initializer)
        self.built = True

    def call(self, inputs, state):
        n = self._num_units
        if self._state_is_tuple:
            c_prev, m_prev = state
        else:
            c_prev = tf.slice(state, [0, 0], [-1, n])
            m_prev = tf.slice(state, [0, n], [-1, self._output_size])
        lstm_matrix = tf.matmul(tf.concat([inputs, m_prev], 1), self._kernel)
        lstm_matrix = tf.nn.bias_add(lstm_matrix, self._bias)
        i, j, f, o = tf.split(value=lstm_matrix, num_or_size_splits=4,
                              axis=1)
        if self._use_peepholes:
            c = (tf.sigmoid(f + self._forget_bias + self._w_f_diag * c_prev)
                 * c_prev + tf.sigmoid(i + self._w_i_diag * c_prev) *
                 self._activation(j))
        else:
            c = (tf.sigmoid(f + self._forget_bias) * c_prev +
                 tf.sigmoid(i) * self._activation(j))
        if self._cell_clip is not None:
            c = tf.clip_by_value(c, -self._cell_clip, self._cell_clip)
        if self._use_peepholes:
            m = tf.sigmoid(o + self._w_o_diag * c) * self._activation(c)
        else:
            m = tf.sigmoid(o) * self._activation(c)
        if self._num_proj is not None:
            m = tf.matmul(m, self._proj_kernel)
            if self._proj_clip is not None:
                m = tf.clip_by_value(m, -self._proj_clip, self._proj_clip)
        new_state = (LSTMStateTuple(c, m) if self._state_is_tuple else
                     tf.concat([c, m], 1))
        return m, new_state


class MultiRNNCell(RNNCell):

    def __init__(self, cells, state_is_tuple=True):
        super(MultiRNNCell, self).__init__()
        if not cells:
            raise ValueError("Must specify at least one cell for "
                             "MultiRNNCell.")
        if not state_is_tuple:
            raise NotImplementedError("MultiRNNCell(state_is_tuple=False) is "
                                      "not supported by scopec")
        self._cells = list(cells)

    @property
    def state_size(self):
        return tuple([cell.state_size for cell in self._cells])

    @property
    def output_size(self):
        return self._cells[-1].output_size

    def zero_state(self, batch_size, dtype):
        with tf.name_scope(type(self).__name__ + "ZeroState"):
            return tuple([cell.zero_state(batch_size, dtype)
                          for cell in self._cells])

    def build(self, inputs_shape):
        self.built = True

    def call(self, inputs, state):
        cur_inp = inputs
        new_states = []
        for i, cell in enumerate(self._cells):
            with tf.variable_scope("cell_%d" % i):
                if not isinstance(state, (tuple, list)):
                    raise ValueError("Expected state to be a tuple of length "
                                     "%d, but received: %s" %
                                     (len(self.state_size), state))
                cur_inp, new_state = cell(cur_inp, state[i])
                new_states.append(new_state)
        return cur_inp, tuple(new_states)


class _Wrapper(RNNCell):
    """A cell around another: its state and output sizes and zero state
    (under TF's `<Wrapper>ZeroState` name scope)."""

    def __init__(self, cell, reuse=None):
        super(_Wrapper, self).__init__(_reuse=reuse)
        if not hasattr(cell, "state_size") or not callable(cell):
            raise TypeError("The argument 'cell' (%s) is not an RNNCell: "
                            "'output_size' property is missing, "
                            "'state_size' property is missing, either "
                            "'zero_state' or 'get_initial_state' method is "
                            "required, is not callable." % (cell,))
        self._cell = cell

    @property
    def state_size(self):
        return self._cell.state_size

    @property
    def output_size(self):
        return self._cell.output_size

    def zero_state(self, batch_size, dtype):
        with tf.name_scope(type(self).__name__ + "ZeroState"):
            return self._cell.zero_state(batch_size, dtype)


class DropoutWrapper(_Wrapper):
    """The identity when every keep probability is 1 (inference); a keep
    probability below 1 drops at random, which only training does."""

    def __init__(self, cell, input_keep_prob=1.0, output_keep_prob=1.0,
                 state_keep_prob=1.0, **kwargs):
        super(DropoutWrapper, self).__init__(cell)
        self._keeps = (input_keep_prob, output_keep_prob, state_keep_prob)

    def __call__(self, inputs, state, scope=None):
        input_keep, output_keep, state_keep = self._keeps
        inputs = tf.nn.dropout(inputs, input_keep)
        output, new_state = self._cell(inputs, state, scope=scope)
        output = tf.nn.dropout(output, output_keep)
        flat = [tf.nn.dropout(s, state_keep) for s in _flatten(new_state)]
        return output, _pack_like(new_state, flat)


class ResidualWrapper(_Wrapper):

    def __init__(self, cell, residual_fn=None):
        super(ResidualWrapper, self).__init__(cell)
        self._residual_fn = residual_fn or (lambda i, o: i + o)

    def __call__(self, inputs, state, scope=None):
        outputs, new_state = self._cell(inputs, state, scope=scope)
        return self._residual_fn(inputs, outputs), new_state


def _initial_state(cell, initial_state, batch_size, dtype, message):
    if initial_state is not None:
        return initial_state
    if not dtype:
        raise ValueError(message)
    return cell.zero_state(batch_size, dtype)


def _unroll(cell, steps, state, sequence_length, varscope):
    """The cell over the time steps (variables created on the first, reused
    after); past a sequence's length the output is zero and the state
    carried, as TF's _rnn_step."""
    sequence_length = _sequence_length(sequence_length)
    outputs = []
    for time, input_ in enumerate(steps):
        if time > 0:
            varscope.reuse_variables()
        output, new_state = cell(input_, state)
        if sequence_length is not None:
            valid = tf.expand_dims(tf.less(time, sequence_length), 1)
            output = tf.where_v2(valid, output, tf.zeros_like(output))
            flat = [tf.where_v2(valid, n, o) for n, o in
                    zip(_flatten(new_state), _flatten(state))]
            new_state = _pack_like(new_state, flat)
        state = new_state
        outputs.append(output)
    return outputs, state


def _loopable(steps):
    """Whether a list of step inputs can run as one loop: tensors of one
    shape and dtype (anything else is unrolled step by step)."""
    if not steps or not all(isinstance(s, tf.Tensor) for s in steps):
        return False
    shape, dtype = steps[0].shape.as_list(), steps[0].dtype
    return all(s.shape.as_list() == shape and s.dtype == dtype
               for s in steps)


def _loop_steps(cell, steps, state, sequence_length):
    """_unroll's result through _rnn_loop: the steps stacked, run as one
    loop, the outputs unstacked (tf.stack(tf.unstack(x)) folds away)."""
    outputs, state = _rnn_loop(cell, tf.stack(steps), state,
                               _sequence_length(sequence_length))
    flat = [tf.unstack(o) for o in _flatten(outputs)]
    return [_pack_like(outputs, [f[t] for f in flat])
            for t in range(len(steps))], state


def static_rnn(cell, inputs, initial_state=None, dtype=None,
               sequence_length=None, scope=None):
    """TF's static_rnn: the cell over a list of step inputs under `rnn`.
    Steps of one shape run as one loop (docs/user-guide.md, "Recurrent
    models": TF builds the cell once per step, scopec once; the variables,
    outputs and states are the same); others are unrolled."""
    if not isinstance(inputs, (list, tuple)):
        raise TypeError("inputs must be a sequence")
    if not inputs:
        raise ValueError("inputs must not be empty")
    with tf.variable_scope(scope or "rnn") as varscope:
        batch_size = tf.convert_to_tensor(inputs[0]).shape.as_list()[0]
        state = _initial_state(cell, initial_state, batch_size, dtype,
                               "If no initial_state is provided, dtype must "
                               "be specified")
        if _loopable(list(inputs)):
            return _loop_steps(cell, list(inputs), state, sequence_length)
        return _unroll(cell, inputs, state, sequence_length, varscope)


def _sequence_length(sequence_length):
    """An rnn's sequence_length: an int32 vector (TF casts it)."""
    if sequence_length is None:
        return None
    sequence_length = tf.convert_to_tensor(sequence_length,
                                           name="sequence_length")
    if len(sequence_length.shape.as_list()) != 1:
        raise ValueError("sequence_length must be a vector of length "
                         "batch_size, but saw shape: %s" %
                         (sequence_length.shape,))
    if sequence_length.dtype != tf.int32:
        sequence_length = tf.cast(sequence_length, tf.int32)
    return sequence_length


def dynamic_rnn(cell, inputs, sequence_length=None, initial_state=None,
                dtype=None, parallel_iterations=None, swap_memory=False,
                time_major=False, scope=None):
    """TF's dynamic_rnn: the cell over the time steps in one loop (TF's
    while loop, built once: `rnn/while`, docs/architecture.md "Loops in the
    IR"), so the code does not grow with the number of steps. Outputs
    [batch, time, units] (time first with time_major), zero past a
    sequence's length, and the final state of each sequence (carried
    unchanged past its length, as TF's _rnn_step)."""
    if not isinstance(inputs, tf.Tensor):
        inputs = tf.convert_to_tensor(inputs)
    with tf.variable_scope(scope or "rnn"):
        shape = inputs.shape.as_list()
        if len(shape) < 3:
            raise ValueError("Input must have rank at least 3, got %s" %
                             (shape,))
        steps = shape[0] if time_major else shape[1]
        if not steps:
            raise ValueError("dynamic_rnn needs at least one time step")
        state = _initial_state(cell, initial_state,
                               shape[1] if time_major else shape[0], dtype,
                               "If there is no initial_state, you must give "
                               "a dtype.")
        if not time_major:
            inputs = tf.transpose(inputs, [1, 0] + list(range(2, len(shape))))
        outputs, state = _rnn_loop(cell, inputs, state,
                                   _sequence_length(sequence_length))
        if not time_major:
            outputs = _pack_like(outputs, [
                tf.transpose(o, [1, 0] + list(range(2, len(
                    o.shape.as_list())))) for o in _flatten(outputs)])
        return outputs, state


def _rnn_loop(cell, inputs, state, lengths):
    """The cell over time-major `inputs` as one loop (tf._scopec_loop, TF's
    while loop `while`): outputs stacked over time, zero past a sequence's
    length, and the final state (carried unchanged past a sequence's
    length, as TF's _rnn_step)."""
    output_like = []

    def body(time, slices, carried):
        previous = _pack_like(state, carried)
        output, new_state = cell(slices[0], previous)
        flat_state = _flatten(new_state)
        if lengths is not None:
            valid = tf.expand_dims(tf.less(time, lengths), 1)
            output = _pack_like(output, [
                tf.where_v2(valid, o, tf.zeros_like(o))
                for o in _flatten(output)])
            flat_state = [tf.where_v2(valid, n, o)
                          for n, o in zip(flat_state, carried)]
        output_like.append(output)
        return flat_state, _flatten(output)

    steps = inputs.shape.as_list()[0]
    finals, stacked = tf._scopec_loop(steps, body, _flatten(state), [inputs],
                                      name="while")
    return _pack_like(output_like[0], stacked), _pack_like(state, finals)


def _reverse_steps(steps, lengths):
    """static_bidirectional_rnn's _reverse_seq: the list reversed, or each
    sequence's first `lengths` steps reversed."""
    if lengths is None:
        return list(reversed(steps))
    flat = [_flatten(step) for step in steps]
    columns = []
    for parts in zip(*flat):
        joined = tf.stack(list(parts))
        columns.append(tf.unstack(tf.reverse_sequence(joined, lengths, 0, 1)))
    return [_pack_like(step, [column[t] for column in columns])
            for t, step in enumerate(steps)]


def static_bidirectional_rnn(cell_fw, cell_bw, inputs, initial_state_fw=None,
                             initial_state_bw=None, dtype=None,
                             sequence_length=None, scope=None):
    """TF 1.15's static_bidirectional_rnn: a forward static_rnn under
    bidirectional_rnn/fw, a backward one over the reversed steps under
    bidirectional_rnn/bw; each step's outputs concatenated (fw, bw)."""
    if not inputs:
        raise ValueError("inputs must not be empty")
    with tf.variable_scope(scope or "bidirectional_rnn"):
        with tf.variable_scope("fw") as fw_scope:
            output_fw, state_fw = static_rnn(cell_fw, inputs,
                                             initial_state_fw, dtype,
                                             sequence_length, scope=fw_scope)
        with tf.variable_scope("bw") as bw_scope:
            reversed_inputs = _reverse_steps(inputs, sequence_length)
            tmp, state_bw = static_rnn(cell_bw, reversed_inputs,
                                       initial_state_bw, dtype,
                                       sequence_length, scope=bw_scope)
    output_bw = _reverse_steps(tmp, sequence_length)
    outputs = [_pack_like(fw, [tf.concat([f, b], 1) for f, b in
                               zip(_flatten(fw), _flatten(bw))])
               for fw, bw in zip(output_fw, output_bw)]
    return outputs, state_fw, state_bw


def bidirectional_dynamic_rnn(cell_fw, cell_bw, inputs, sequence_length=None,
                              initial_state_fw=None, initial_state_bw=None,
                              dtype=None, parallel_iterations=None,
                              swap_memory=False, time_major=False,
                              scope=None):
    """TF 1.15's bidirectional_dynamic_rnn: dynamic_rnn forward under
    bidirectional_rnn/fw, and backward under bidirectional_rnn/bw over the
    inputs reversed along time (each sequence within its length); returns
    ((output_fw, output_bw), (state_fw, state_bw)), output_bw in input
    order."""
    time_axis, batch_axis = (0, 1) if time_major else (1, 0)

    def reverse(x):
        if sequence_length is None:
            return tf.reverse(x, axis=[time_axis])
        return tf.reverse_sequence(x, sequence_length, seq_axis=time_axis,
                                   batch_axis=batch_axis)

    with tf.variable_scope(scope or "bidirectional_rnn"):
        with tf.variable_scope("fw") as fw_scope:
            output_fw, state_fw = dynamic_rnn(
                cell_fw, inputs, sequence_length=sequence_length,
                initial_state=initial_state_fw, dtype=dtype,
                time_major=time_major, scope=fw_scope)
        with tf.variable_scope("bw") as bw_scope:
            tmp, state_bw = dynamic_rnn(
                cell_bw, reverse(tf.convert_to_tensor(inputs)),
                sequence_length=sequence_length,
                initial_state=initial_state_bw, dtype=dtype,
                time_major=time_major, scope=bw_scope)
    return (output_fw, reverse(tmp)), (state_fw, state_bw)


def rnn_decoder(decoder_inputs, initial_state, cell, loop_function=None,
                scope=None):
    """tf.contrib.legacy_seq2seq.rnn_decoder: the cell over the inputs; with
    a loop_function, each step after the first takes it of the previous
    output instead of its input."""
    with tf.variable_scope(scope or "rnn_decoder"):
        if loop_function is None and _loopable(list(decoder_inputs)):
            return _loop_steps(cell, list(decoder_inputs), initial_state,
                               None)
        if loop_function is not None and len(decoder_inputs) > 1:
            looped = _decoder_loop(cell, list(decoder_inputs), initial_state,
                                   loop_function)
            if looped is not None:
                return looped
        state = initial_state
        outputs = []
        prev = None
        for i, inp in enumerate(decoder_inputs):
            if loop_function is not None and prev is not None:
                with tf.variable_scope("loop_function", reuse=True):
                    inp = loop_function(prev, i)
            if i > 0:
                tf.get_variable_scope().reuse_variables()
            output, state = cell(inp, state)
            outputs.append(output)
            if loop_function is not None:
                prev = output
    return outputs, state


class _UsesStepIndex(Exception):
    """A loop_function used its step index: rnn_decoder unrolls instead."""


class _StepIndex(object):
    """The step index rnn_decoder passes a loop_function built once for
    every step: the function may take it and ignore it (as public
    loop_functions do); any use of it means the steps differ, so the loop
    is abandoned for the unrolled decoder (which passes the Python int)."""

    def _used(self, *args):
        raise _UsesStepIndex()

    __index__ = __int__ = __float__ = __bool__ = __hash__ = _used
    __str__ = __repr__ = __format__ = _used
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _used
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _used
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = _used
    __mod__ = __rmod__ = __pow__ = __rpow__ = __neg__ = _used


def _decoder_loop(cell, decoder_inputs, initial_state, loop_function):
    """rnn_decoder with a loop_function as one loop: the first step on its
    input, then the other steps each on loop_function(previous output) in
    a loop carrying the state and the output (docs/user-guide.md,
    "Recurrent models"). None when the loop_function uses its step index
    (the caller unrolls)."""
    output, state = cell(decoder_inputs[0], initial_state)
    tf.get_variable_scope().reuse_variables()
    n_state = len(_flatten(state))
    output_like = []

    def body(time, slices, carried):
        prev = _pack_like(output, carried[n_state:])
        with tf.variable_scope("loop_function", reuse=True):
            inp = loop_function(prev, _StepIndex())
        step_output, new_state = cell(inp, _pack_like(state, carried[:n_state]))
        output_like.append(step_output)
        flat_output = _flatten(step_output)
        return _flatten(new_state) + flat_output, flat_output

    try:
        finals, stacked = tf._scopec_loop(
            len(decoder_inputs) - 1, body, _flatten(state) + _flatten(output),
            [], name="while")
    except _UsesStepIndex:
        return None
    rest = [tf.unstack(o) for o in stacked]
    outputs = [output] + [_pack_like(output_like[0], [r[t] for r in rest])
                          for t in range(len(decoder_inputs) - 1)]
    return outputs, _pack_like(state, finals[:n_state])


class _Linear(object):
    """contrib's core_rnn_cell._Linear: `kernel` (and `bias`, zeros by
    default, never partitioned) in the current variable scope, applied to
    the concatenation of its arguments."""

    def __init__(self, args, output_size, build_bias, bias_initializer=None,
                 kernel_initializer=None):
        self._is_sequence = isinstance(args, (list, tuple))
        if not self._is_sequence:
            args = [args]
        total_arg_size = 0
        for a in args:
            shape = a.get_shape().as_list()
            if len(shape) != 2:
                raise ValueError("linear is expecting 2D arguments: %s" %
                                 [x.get_shape() for x in args])
            if shape[1] is None:
                raise ValueError("linear expects shape[1] to be provided for "
                                 "shape %s, but saw %s" % (a.get_shape(),
                                                          shape[1]))
            total_arg_size += shape[1]
        dtype = args[0].dtype
        scope = tf.get_variable_scope()
        with tf.variable_scope(scope) as outer_scope:
            self._weights = tf.get_variable(
                "kernel", [total_arg_size, output_size], dtype=dtype,
                initializer=kernel_initializer)
            self._build_bias = build_bias
            if build_bias:
                with tf.variable_scope(outer_scope) as inner_scope:
                    inner_scope.set_partitioner(None)
                    if bias_initializer is None:
                        bias_initializer = tf.constant_initializer(
                            0.0, dtype=dtype)
                    self._biases = tf.get_variable(
                        "bias", [output_size], dtype=dtype,
                        initializer=bias_initializer)

    def __call__(self, args):
        if not self._is_sequence:
            args = [args]
        if len(args) == 1:
            res = tf.matmul(args[0], self._weights)
        else:
            res = tf.matmul(tf.concat(args, 1), self._weights)
        if self._build_bias:
            res = tf.nn.bias_add(res, self._biases)
        return res


# tf.contrib.rnn's wrappers are layers of their own (a variable scope such
# as `output_projection_wrapper/` around the cell).
class EmbeddingWrapper(_Wrapper):
    """Embeds int inputs (`embedding`, uniform(-sqrt 3, sqrt 3) unless an
    initializer is given or in force) before the cell."""

    def __init__(self, cell, embedding_classes, embedding_size,
                 initializer=None, reuse=None):
        super(EmbeddingWrapper, self).__init__(cell, reuse=reuse)
        if embedding_classes <= 0 or embedding_size <= 0:
            raise ValueError("Both embedding_classes and embedding_size must "
                             "be > 0: %d, %d." % (embedding_classes,
                                                  embedding_size))
        self._embedding_classes = embedding_classes
        self._embedding_size = embedding_size
        self._initializer = initializer

    def call(self, inputs, state):
        if self._initializer:
            initializer = self._initializer
        elif tf.get_variable_scope().initializer:
            initializer = tf.get_variable_scope().initializer
        else:
            sqrt3 = math.sqrt(3)
            initializer = tf.random_uniform_initializer(-sqrt3, sqrt3)
        data_type = state[0].dtype if isinstance(state, tuple) else \
            state.dtype
        embedding = tf.get_variable(
            "embedding", [self._embedding_classes, self._embedding_size],
            initializer=initializer, dtype=data_type)
        embedded = tf.nn.embedding_lookup(embedding, tf.reshape(inputs, [-1]))
        return self._cell(embedded, state)


class InputProjectionWrapper(_Wrapper):

    def __init__(self, cell, num_proj, activation=None, input_size=None,
                 reuse=None):
        super(InputProjectionWrapper, self).__init__(cell, reuse=reuse)
        self._num_proj = num_proj
        self._activation = activation
        self._linear = None

    def call(self, inputs, state):
        if self._linear is None:
            self._linear = _Linear(inputs, self._num_proj, True)
        projected = self._linear(inputs)
        if self._activation:
            projected = self._activation(projected)
        return self._cell(projected, state)


class OutputProjectionWrapper(_Wrapper):

    def __init__(self, cell, output_size, activation=None, reuse=None):
        super(OutputProjectionWrapper, self).__init__(cell, reuse=reuse)
        if output_size < 1:
            raise ValueError("Parameter output_size must be > 0: %d." %
                             output_size)
        self._output_size = output_size
        self._activation = activation
        self._linear = None

    @property
    def output_size(self):
        return self._output_size

    def call(self, inputs, state):
        output, res_state = self._cell(inputs, state)
        if self._linear is None:
            self._linear = _Linear(output, self._output_size, True)
        projected = self._linear(output)
        if self._activation:
            projected = self._activation(projected)
        return projected, res_state


def _extract_argmax_and_embed(embedding, output_projection=None,
                              update_embedding=True):
    """The loop function of the embedding decoders: the previous output's
    argmax symbol, embedded."""

    def loop_function(prev, _):
        if output_projection is not None:
            prev = tf.nn.xw_plus_b(prev, output_projection[0],
                                   output_projection[1])
        prev_symbol = tf.argmax(prev, 1)
        emb_prev = tf.nn.embedding_lookup(embedding, prev_symbol)
        if not update_embedding:
            emb_prev = tf.stop_gradient(emb_prev)
        return emb_prev
    return loop_function


def _embedded_inputs(decoder_inputs, num_symbols, embedding_size,
                     output_projection, feed_previous, update_embedding):
    """The embedding decoders' `embedding` variable, their embedded inputs
    and, with feed_previous, the loop function embedding the argmax."""
    embedding = tf.get_variable("embedding", [num_symbols, embedding_size])
    loop_function = _extract_argmax_and_embed(
        embedding, output_projection,
        update_embedding) if feed_previous else None
    return ([tf.nn.embedding_lookup(embedding, i) for i in decoder_inputs],
            loop_function)


def embedding_rnn_decoder(decoder_inputs, initial_state, cell, num_symbols,
                          embedding_size, output_projection=None,
                          feed_previous=False,
                          update_embedding_for_previous=True, scope=None):
    with tf.variable_scope(scope or "embedding_rnn_decoder") as scope:
        if output_projection is not None:
            dtype = scope.dtype
            proj_weights = tf.convert_to_tensor(output_projection[0],
                                                dtype=dtype)
            _assert_compatible(proj_weights, [None, num_symbols])
            proj_biases = tf.convert_to_tensor(output_projection[1],
                                               dtype=dtype)
            _assert_compatible(proj_biases, [num_symbols])
        emb_inp, loop_function = _embedded_inputs(
            decoder_inputs, num_symbols, embedding_size, output_projection,
            feed_previous, update_embedding_for_previous)
        return rnn_decoder(emb_inp, initial_state, cell,
                           loop_function=loop_function)


def _assert_compatible(tensor, shape):
    have = tensor.get_shape().as_list()
    if len(have) != len(shape) or any(
            [a is not None and b is not None and a != b
             for a, b in zip(have, shape)]):
        raise ValueError("Shapes %s and %s are incompatible" %
                         (tensor.get_shape(), tf.TensorShape(shape)))


def basic_rnn_seq2seq(encoder_inputs, decoder_inputs, cell, dtype=tf.float32,
                      scope=None):
    with tf.variable_scope(scope or "basic_rnn_seq2seq"):
        enc_cell = copy.deepcopy(cell)
        _, enc_state = static_rnn(enc_cell, encoder_inputs, dtype=dtype)
        return rnn_decoder(decoder_inputs, enc_state, cell)


def tied_rnn_seq2seq(encoder_inputs, decoder_inputs, cell, loop_function=None,
                     dtype=tf.float32, scope=None):
    with tf.variable_scope("combined_tied_rnn_seq2seq"):
        scope = scope or "tied_rnn_seq2seq"
        _, enc_state = static_rnn(cell, encoder_inputs, dtype=dtype,
                                  scope=scope)
        tf.get_variable_scope().reuse_variables()
        return rnn_decoder(decoder_inputs, enc_state, cell,
                           loop_function=loop_function, scope=scope)


def _cond_decoders(feed_previous, decode, num_outputs, state_structure):
    """A tensor feed_previous, as TF's seq2seq models take it: both
    decoders are built (`decode(True)` creates the variables, `decode(False)`
    reuses them) and tf.cond picks one's outputs and state."""
    def decoder(feed_previous_bool):
        reuse = None if feed_previous_bool else True
        with tf.variable_scope(tf.get_variable_scope(), reuse=reuse):
            outputs, state = decode(feed_previous_bool)
            return list(outputs) + _flatten(state)

    outputs_and_state = tf.cond(feed_previous, lambda: decoder(True),
                                lambda: decoder(False))
    state_list = list(outputs_and_state[num_outputs:])
    state = state_list[0]
    if isinstance(state_structure, (list, tuple)):
        state = _pack_like(state_structure, state_list)
    return list(outputs_and_state[:num_outputs]), state


def embedding_rnn_seq2seq(encoder_inputs, decoder_inputs, cell,
                          num_encoder_symbols, num_decoder_symbols,
                          embedding_size, output_projection=None,
                          feed_previous=False, dtype=None, scope=None):
    with tf.variable_scope(scope or "embedding_rnn_seq2seq") as scope:
        if dtype is not None:
            scope.set_dtype(dtype)
        else:
            dtype = scope.dtype
        encoder_cell = copy.deepcopy(cell)
        encoder_cell = EmbeddingWrapper(encoder_cell,
                                        embedding_classes=num_encoder_symbols,
                                        embedding_size=embedding_size)
        _, encoder_state = static_rnn(encoder_cell, encoder_inputs,
                                      dtype=dtype)
        if output_projection is None:
            cell = OutputProjectionWrapper(cell, num_decoder_symbols)
        if isinstance(feed_previous, bool):
            return embedding_rnn_decoder(
                decoder_inputs, encoder_state, cell, num_decoder_symbols,
                embedding_size, output_projection=output_projection,
                feed_previous=feed_previous)

        return _cond_decoders(
            feed_previous, lambda fp: embedding_rnn_decoder(
                decoder_inputs, encoder_state, cell, num_decoder_symbols,
                embedding_size, output_projection=output_projection,
                feed_previous=fp, update_embedding_for_previous=False),
            len(decoder_inputs), encoder_state)


def _linear(args, output_size, bias, bias_initializer=None,
            kernel_initializer=None):
    """The core_rnn_cell._linear function legacy_seq2seq calls: `kernel`
    (and `bias`) in the current scope, looked up on every call."""
    return _Linear(args, output_size, bias, bias_initializer=bias_initializer,
                   kernel_initializer=kernel_initializer)(args)


def attention_decoder(decoder_inputs, initial_state, attention_states, cell,
                      output_size=None, num_heads=1, loop_function=None,
                      dtype=None, scope=None, initial_state_attention=False):
    if not decoder_inputs:
        raise ValueError("Must provide at least 1 input to attention "
                         "decoder.")
    if num_heads < 1:
        raise ValueError("With less than 1 heads, use a non-attention "
                         "decoder.")
    if attention_states.get_shape().as_list()[2] is None:
        raise ValueError("Shape[2] of attention_states must be known: %s" %
                         attention_states.get_shape())
    if output_size is None:
        output_size = cell.output_size
    with tf.variable_scope(scope or "attention_decoder", dtype=dtype) as scope:
        dtype = scope.dtype
        batch_size = tf.shape(decoder_inputs[0])[0]
        attn_length = attention_states.get_shape().as_list()[1]
        attn_size = attention_states.get_shape().as_list()[2]
        # W1 * h_t as a 1x1 convolution over the reshaped states.
        hidden = tf.reshape(attention_states, [-1, attn_length, 1, attn_size])
        hidden_features = []
        v = []
        attention_vec_size = attn_size
        for a in range(num_heads):
            k = tf.get_variable("AttnW_%d" % a,
                                [1, 1, attn_size, attention_vec_size])
            hidden_features.append(tf.nn.conv2d(hidden, k, [1, 1, 1, 1],
                                                "SAME"))
            v.append(tf.get_variable("AttnV_%d" % a, [attention_vec_size]))
        state = initial_state

        def attention(query):
            ds = []
            if isinstance(query, (list, tuple)):
                query = tf.concat(_flatten(query), 1)
            for a in range(num_heads):
                with tf.variable_scope("Attention_%d" % a):
                    y = _linear(query, attention_vec_size, True)
                    y = tf.reshape(y, [-1, 1, 1, attention_vec_size])
                    s = tf.reduce_sum(
                        v[a] * tf.tanh(hidden_features[a] + y), [2, 3])
                    weights = tf.nn.softmax(s)
                    d = tf.reduce_sum(
                        tf.reshape(weights, [-1, attn_length, 1, 1]) * hidden,
                        [1, 2])
                    ds.append(tf.reshape(d, [-1, attn_size]))
            return ds

        batch_attn_size = tf.stack([batch_size, attn_size])
        attns = [tf.zeros(batch_attn_size, dtype=dtype)
                 for _ in range(num_heads)]
        if initial_state_attention:
            attns = attention(initial_state)

        def step(i, inp, state, attns):
            input_size = inp.get_shape().as_list()[1]
            if input_size is None:
                raise ValueError("Could not infer input size from input: %s"
                                 % inp.name)
            x = _linear([inp] + attns, input_size, True)
            cell_output, state = cell(x, state)
            if i == 0 and initial_state_attention:
                with tf.variable_scope(tf.get_variable_scope(), reuse=True):
                    attns = attention(state)
            else:
                attns = attention(state)
            with tf.variable_scope("AttnOutputProjection"):
                output = _linear([cell_output] + attns, output_size, True)
            return output, state, attns

        decoder_inputs = list(decoder_inputs)
        if loop_function is None and _loopable(decoder_inputs):
            return _attention_loop(step, decoder_inputs, state, attns, None)
        outputs = []
        if loop_function is not None and len(decoder_inputs) > 1:
            output, state, attns = step(0, decoder_inputs[0], state, attns)
            outputs.append(output)
            tf.get_variable_scope().reuse_variables()
            looped = _attention_loop(step, decoder_inputs[1:], state, attns,
                                     (output, loop_function))
            if looped is not None:
                return outputs + looped[0], looped[1]
        prev = outputs[-1] if outputs else None
        for i in range(len(outputs), len(decoder_inputs)):
            inp = decoder_inputs[i]
            if i > 0:
                tf.get_variable_scope().reuse_variables()
            if loop_function is not None and prev is not None:
                with tf.variable_scope("loop_function", reuse=True):
                    inp = loop_function(prev, i)
            output, state, attns = step(i, inp, state, attns)
            if loop_function is not None:
                prev = output
            outputs.append(output)
    return outputs, state


def _attention_loop(step, inputs, state, attns, feedback):
    """attention_decoder's steps as one loop (tf._scopec_loop) carrying the
    state and the attention reads: over the stacked inputs, or, with
    `feedback` (the previous output and the loop_function), each step on
    loop_function(previous output) (docs/user-guide.md, "Recurrent
    models"). None when the loop_function uses its step index (the caller
    unrolls)."""
    n_state, n_attns = len(_flatten(state)), len(attns)
    carried = _flatten(state) + list(attns)
    if feedback is not None:
        carried += _flatten(feedback[0])
    output_like = []

    def body(time, slices, values):
        previous = _pack_like(state, values[:n_state])
        reads = list(values[n_state:n_state + n_attns])
        if feedback is None:
            inp = slices[0]
        else:
            prev = _pack_like(feedback[0], values[n_state + n_attns:])
            with tf.variable_scope("loop_function", reuse=True):
                inp = feedback[1](prev, _StepIndex())
        # A body built once stands for every step: as the first when no
        # step ran before it (it makes the variables), else as a later one.
        output, new_state, new_reads = step(0 if feedback is None else 1,
                                            inp, previous, reads)
        output_like.append(output)
        flat_output = _flatten(output)
        new_carried = _flatten(new_state) + list(new_reads)
        if feedback is not None:
            new_carried += flat_output
        return new_carried, flat_output

    sequences = [tf.stack(inputs)] if feedback is None else []
    try:
        finals, stacked = tf._scopec_loop(len(inputs), body, carried,
                                          sequences, name="while")
    except _UsesStepIndex:
        return None
    rest = [tf.unstack(o) for o in stacked]
    outputs = [_pack_like(output_like[0], [r[t] for r in rest])
               for t in range(len(inputs))]
    return outputs, _pack_like(state, finals[:n_state])


def embedding_attention_decoder(decoder_inputs, initial_state,
                                attention_states, cell, num_symbols,
                                embedding_size, num_heads=1, output_size=None,
                                output_projection=None, feed_previous=False,
                                update_embedding_for_previous=True,
                                dtype=None, scope=None,
                                initial_state_attention=False):
    if output_size is None:
        output_size = cell.output_size
    if output_projection is not None:
        proj_biases = tf.convert_to_tensor(output_projection[1], dtype=dtype)
        _assert_compatible(proj_biases, [num_symbols])
    with tf.variable_scope(scope or "embedding_attention_decoder",
                           dtype=dtype):
        emb_inp, loop_function = _embedded_inputs(
            decoder_inputs, num_symbols, embedding_size, output_projection,
            feed_previous, update_embedding_for_previous)
        return attention_decoder(
            emb_inp, initial_state, attention_states, cell,
            output_size=output_size, num_heads=num_heads,
            loop_function=loop_function,
            initial_state_attention=initial_state_attention)


def embedding_attention_seq2seq(encoder_inputs, decoder_inputs, cell,
                                num_encoder_symbols, num_decoder_symbols,
                                embedding_size, encoder_cell=None,
                                num_heads=1, output_projection=None,
                                feed_previous=False, dtype=None, scope=None,
                                initial_state_attention=False):
    with tf.variable_scope(scope or "embedding_attention_seq2seq",
                           dtype=dtype) as scope:
        dtype = scope.dtype
        if encoder_cell is None:
            encoder_cell = copy.deepcopy(cell)
        encoder_cell = EmbeddingWrapper(encoder_cell,
                                        embedding_classes=num_encoder_symbols,
                                        embedding_size=embedding_size)
        encoder_outputs, encoder_state = static_rnn(
            encoder_cell, encoder_inputs, dtype=dtype)
        top_states = [tf.reshape(e, [-1, 1, cell.output_size])
                      for e in encoder_outputs]
        attention_states = tf.concat(top_states, 1)
        output_size = None
        if output_projection is None:
            cell = OutputProjectionWrapper(cell, num_decoder_symbols)
            output_size = num_decoder_symbols

        def decode(feed_previous_bool, update_embedding):
            return embedding_attention_decoder(
                decoder_inputs, encoder_state, attention_states, cell,
                num_decoder_symbols, embedding_size, num_heads=num_heads,
                output_size=output_size, output_projection=output_projection,
                feed_previous=feed_previous_bool,
                update_embedding_for_previous=update_embedding,
                initial_state_attention=initial_state_attention)

        if isinstance(feed_previous, bool):
            return decode(feed_previous, True)

        return _cond_decoders(feed_previous, lambda fp: decode(fp, False),
                              len(decoder_inputs), encoder_state)


def _sequence_loss_by_example(logits, targets, weights,
                              average_across_timesteps=True,
                              softmax_loss_function=None, name=None):
    if len(targets) != len(logits) or len(weights) != len(logits):
        raise ValueError("Lengths of logits, weights, and targets must be the "
                         "same %d, %d, %d." % (len(logits), len(weights),
                                               len(targets)))
    with tf.name_scope(name, "sequence_loss_by_example",
                       list(logits) + list(targets) + list(weights)):
        log_perp_list = []
        for logit, target, weight in zip(logits, targets, weights):
            if softmax_loss_function is None:
                target = tf.reshape(target, [-1])
                crossent = tf.nn.sparse_softmax_cross_entropy_with_logits(
                    labels=target, logits=logit)
            else:
                crossent = softmax_loss_function(labels=target, logits=logit)
            log_perp_list.append(crossent * weight)
        log_perps = tf.add_n(log_perp_list)
        if average_across_timesteps:
            total_size = tf.add_n(weights)
            total_size += 1e-12
            log_perps /= total_size
    return log_perps


def _sequence_loss(logits, targets, weights, average_across_timesteps=True,
                   average_across_batch=True, softmax_loss_function=None,
                   name=None):
    with tf.name_scope(name, "sequence_loss",
                       list(logits) + list(targets) + list(weights)):
        cost = tf.reduce_sum(_sequence_loss_by_example(
            logits, targets, weights,
            average_across_timesteps=average_across_timesteps,
            softmax_loss_function=softmax_loss_function))
        if average_across_batch:
            batch_size = tf.shape(targets[0])[0]
            return cost / tf.cast(batch_size, cost.dtype)
        return cost


class _Seq2SeqModule(tf._scopec_Namespace):
    """tf.contrib.legacy_seq2seq."""

    rnn_decoder = staticmethod(rnn_decoder)
    embedding_rnn_decoder = staticmethod(embedding_rnn_decoder)
    basic_rnn_seq2seq = staticmethod(basic_rnn_seq2seq)
    tied_rnn_seq2seq = staticmethod(tied_rnn_seq2seq)
    embedding_rnn_seq2seq = staticmethod(embedding_rnn_seq2seq)
    attention_decoder = staticmethod(attention_decoder)
    embedding_attention_decoder = staticmethod(embedding_attention_decoder)
    embedding_attention_seq2seq = staticmethod(embedding_attention_seq2seq)
    sequence_loss_by_example = staticmethod(
        tf._scopec_training_fn(_sequence_loss_by_example))
    sequence_loss = staticmethod(tf._scopec_training_fn(_sequence_loss))

    def __getattr__(self, name):
        raise AttributeError(
            "tf.contrib.legacy_seq2seq.%s is not supported by scopec (it "
            "builds rnn_decoder, embedding_rnn_decoder, basic_rnn_seq2seq, "
            "tied_rnn_seq2seq, embedding_rnn_seq2seq, attention_decoder, "
            "embedding_attention_decoder, embedding_attention_seq2seq, "
            "sequence_loss_by_example and sequence_loss)"
            % name)


legacy_seq2seq = _Seq2SeqModule("tensorflow.contrib.legacy_seq2seq")


class _RNNCellModule(tf._scopec_Namespace):
    """tf.nn.rnn_cell / tf.contrib.rnn."""

    def __getattr__(self, name):
        raise AttributeError(
            "%s is not supported by scopec (of tf.nn.rnn_cell and "
            "tf.contrib.rnn it builds BasicRNNCell, BasicLSTMCell, LSTMCell, "
            "GRUCell, MultiRNNCell, DropoutWrapper, ResidualWrapper, "
            "LSTMStateTuple, static_rnn, dynamic_rnn and their "
            "bidirectional forms)" % name)


rnn_cell = _RNNCellModule("tensorflow.nn.rnn_cell")
for _name, _value in (("RNNCell", RNNCell), ("LayerRNNCell", LayerRNNCell),
                      ("BasicRNNCell", BasicRNNCell), ("GRUCell", GRUCell),
                      ("BasicLSTMCell", BasicLSTMCell),
                      ("LSTMCell", LSTMCell), ("MultiRNNCell", MultiRNNCell),
                      ("DropoutWrapper", DropoutWrapper),
                      ("ResidualWrapper", ResidualWrapper),
                      ("LSTMStateTuple", LSTMStateTuple),
                      ("static_rnn", static_rnn),
                      ("dynamic_rnn", dynamic_rnn),
                      ("static_bidirectional_rnn", static_bidirectional_rnn),
                      ("bidirectional_dynamic_rnn",
                       bidirectional_dynamic_rnn)):
    setattr(rnn_cell, _name, _value)

# tf.contrib.rnn: tf.nn.rnn_cell's names and contrib's wrappers.
contrib_rnn = _RNNCellModule("tensorflow.contrib.rnn")
for _name, _value in vars(rnn_cell).items():
    setattr(contrib_rnn, _name, _value)
for _name, _value in (("EmbeddingWrapper", EmbeddingWrapper),
                      ("InputProjectionWrapper", InputProjectionWrapper),
                      ("OutputProjectionWrapper", OutputProjectionWrapper)):
    setattr(contrib_rnn, _name, _value)

tf.nn.rnn_cell = rnn_cell
tf.nn.static_rnn = static_rnn
tf.nn.dynamic_rnn = dynamic_rnn
tf.nn.static_bidirectional_rnn = static_bidirectional_rnn
tf.nn.bidirectional_dynamic_rnn = bidirectional_dynamic_rnn
