# The variables of tf.contrib.legacy_seq2seq's embedding models and of
# tf.contrib.rnn's EmbeddingWrapper / InputProjectionWrapper /
# OutputProjectionWrapper, named as TF 1.15 names them; their errors.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf

enc = [tf.placeholder(tf.int32, [2]) for _ in range(2)]
dec = [tf.placeholder(tf.int32, [2]) for _ in range(3)]
cell = tf.nn.rnn_cell.GRUCell(4)
outs, state = tf.contrib.legacy_seq2seq.embedding_rnn_seq2seq(
    enc, dec, cell, num_encoder_symbols=5, num_decoder_symbols=6,
    embedding_size=3)
for v in tf.global_variables():
    print(v.op.name, v.shape)
# CHECK: embedding_rnn_seq2seq/rnn/embedding_wrapper/embedding (5, 3)
# CHECK-NEXT: embedding_rnn_seq2seq/rnn/embedding_wrapper/gru_cell/gates/kernel (7, 8)
# CHECK-NEXT: embedding_rnn_seq2seq/rnn/embedding_wrapper/gru_cell/gates/bias (8,)
# CHECK-NEXT: embedding_rnn_seq2seq/rnn/embedding_wrapper/gru_cell/candidate/kernel (7, 4)
# CHECK-NEXT: embedding_rnn_seq2seq/rnn/embedding_wrapper/gru_cell/candidate/bias (4,)
# CHECK-NEXT: embedding_rnn_seq2seq/embedding_rnn_decoder/embedding (6, 3)
# CHECK-NEXT: embedding_rnn_seq2seq/embedding_rnn_decoder/rnn_decoder/output_projection_wrapper/gru_cell/gates/kernel (7, 8)
# CHECK: embedding_rnn_seq2seq/embedding_rnn_decoder/rnn_decoder/output_projection_wrapper/kernel (4, 6)
# CHECK-NEXT: embedding_rnn_seq2seq/embedding_rnn_decoder/rnn_decoder/output_projection_wrapper/bias (6,)
print(len(outs), outs[0].shape, state.shape)
# CHECK: 3 (2, 6) (2, 4)

# A bool tensor feed_previous: two decoders, one set of variables.
fp = tf.placeholder(tf.bool, [], name="fp")
with tf.variable_scope("cond"):
    tf.contrib.legacy_seq2seq.embedding_rnn_seq2seq(
        enc, dec, tf.nn.rnn_cell.GRUCell(4), num_encoder_symbols=5,
        num_decoder_symbols=6, embedding_size=3, feed_previous=fp)
print(len([v for v in tf.global_variables() if v.op.name.startswith("cond/")]))
# CHECK: 12

# The translate tutorial's model: attention variables as TF 1.15 names them.
with tf.variable_scope("att"):
    tf.contrib.legacy_seq2seq.embedding_attention_seq2seq(
        enc, dec, tf.nn.rnn_cell.GRUCell(4), num_encoder_symbols=5,
        num_decoder_symbols=6, embedding_size=3, num_heads=2)
for v in tf.global_variables():
    if v.op.name.startswith("att/") and "gru_cell" not in v.op.name:
        print(v.op.name[len("att/embedding_attention_seq2seq/"):], v.shape)
# CHECK: rnn/embedding_wrapper/embedding (5, 3)
# CHECK-NEXT: embedding_attention_decoder/embedding (6, 3)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/AttnW_0 (1, 1, 4, 4)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/AttnV_0 (4,)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/AttnW_1 (1, 1, 4, 4)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/AttnV_1 (4,)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/kernel (11, 3)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/bias (3,)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/output_projection_wrapper/kernel (4, 6)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/output_projection_wrapper/bias (6,)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/Attention_0/kernel (4, 4)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/Attention_0/bias (4,)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/Attention_1/kernel (4, 4)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/Attention_1/bias (4,)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/AttnOutputProjection/kernel (14, 6)
# CHECK-NEXT: embedding_attention_decoder/attention_decoder/AttnOutputProjection/bias (6,)

x = [tf.placeholder(tf.float32, [2, 5]) for _ in range(2)]
with tf.variable_scope("proj"):
    pcell = tf.contrib.rnn.InputProjectionWrapper(
        tf.nn.rnn_cell.BasicRNNCell(3), num_proj=2)
    tf.nn.static_rnn(pcell, x, dtype=tf.float32)
print([v.op.name for v in tf.global_variables() if v.op.name.startswith("proj")])
# CHECK: ['proj/rnn/input_projection_wrapper/kernel', 'proj/rnn/input_projection_wrapper/bias', 'proj/rnn/input_projection_wrapper/basic_rnn_cell/kernel', 'proj/rnn/input_projection_wrapper/basic_rnn_cell/bias']

with tf.variable_scope("basic"):
    tf.contrib.legacy_seq2seq.basic_rnn_seq2seq(
        x, x, tf.nn.rnn_cell.BasicRNNCell(3))
print([v.op.name for v in tf.global_variables() if v.op.name.startswith("basic")])
# CHECK: ['basic/basic_rnn_seq2seq/rnn/basic_rnn_cell/kernel', 'basic/basic_rnn_seq2seq/rnn/basic_rnn_cell/bias', 'basic/basic_rnn_seq2seq/rnn_decoder/basic_rnn_cell/kernel', 'basic/basic_rnn_seq2seq/rnn_decoder/basic_rnn_cell/bias']

tf.contrib.legacy_seq2seq.tied_rnn_seq2seq(x, x, tf.nn.rnn_cell.BasicRNNCell(3))
print([v.op.name for v in tf.global_variables() if "tied" in v.op.name])
# CHECK: ['combined_tied_rnn_seq2seq/tied_rnn_seq2seq/basic_rnn_cell/kernel', 'combined_tied_rnn_seq2seq/tied_rnn_seq2seq/basic_rnn_cell/bias']

for f in [lambda: tf.contrib.rnn.EmbeddingWrapper(cell, 0, 3),
          lambda: tf.contrib.rnn.OutputProjectionWrapper(cell, 0),
          lambda: tf.nn.rnn_cell.EmbeddingWrapper]:
    try:
        f()
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
# CHECK: ValueError Both embedding_classes and embedding_size must be > 0: 0, 3.
# CHECK: ValueError Parameter output_size must be > 0: 0.
# CHECK: AttributeError EmbeddingWrapper is not supported by scopec

# An attention_decoder whose loop_function uses its step index runs step
# by step (the loop is abandoned after its first step), with the same
# variables as one whose loop_function ignores it (one loop).
att_states = tf.placeholder(tf.float32, [2, 4, 3])
for name, fn in [("ignores", lambda prev, i: prev),
                 ("uses", lambda prev, i: prev * float(i))]:
    with tf.variable_scope(name):
        outs, _ = tf.contrib.legacy_seq2seq.attention_decoder(
            x + x, tf.zeros([2, 3]), att_states,
            tf.nn.rnn_cell.BasicRNNCell(3), output_size=5,
            loop_function=lambda prev, i, fn=fn: fn(prev[:, :5], i))
    print(name, len(outs), outs[-1].shape, len([
        v for v in tf.global_variables() if v.op.name.startswith(name)]))
# CHECK: ignores 4 (2, 5) 10
# CHECK: uses 4 (2, 5) 10
