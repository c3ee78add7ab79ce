# Losses and their building blocks, end to end: the tf.nn cross entropies
# (softmax v1/v2 with axis, sparse, sigmoid), l2_loss, one_hot (axis,
# on/off values, out-of-range indices), reduce_logsumexp (with an infinite
# row), log_softmax, add_n, div_no_nan and tf.losses with weights, label
# smoothing and each reduction. Losses are training-time code, so they are
# compiled only when fetched by name. The executable and the interpreter
# against numpy (Inputs/losses_ref.py, TF's documented formulas).
# REQUIRES: numpy
# DEFINE: %{fetches} = --fetch out_ce --fetch out_ce_axis0 --fetch out_sparse --fetch out_sigmoid --fetch out_l2 --fetch out_onehot --fetch out_onehot_axis0 --fetch out_lse --fetch out_lse_inf --fetch out_log_softmax --fetch out_add_n --fetch out_div_no_nan --fetch out_mse --fetch out_abs_sum --fetch out_sce_smooth --fetch out_sparse_loss_weights --fetch out_sigmoid_loss_none --fetch out_huber_mean
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model %{fetches} > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/losses_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="%{fetches}" | FileCheck %s
# CHECK: checked 18 outputs
import tensorflow as tf

logits = tf.placeholder(tf.float32, [4, 5], name="logits")
labels = tf.placeholder(tf.float32, [4, 5], name="labels")
ids = tf.placeholder(tf.int32, [4], name="ids")
den = tf.placeholder(tf.float32, [4, 5], name="den")

out_ce = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
out_ce_axis0 = tf.nn.softmax_cross_entropy_with_logits_v2(
    labels=labels, logits=logits, axis=0)
out_sparse = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=ids,
                                                            logits=logits)
out_sigmoid = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels,
                                                      logits=logits)
out_l2 = tf.nn.l2_loss(logits)
out_onehot = tf.one_hot(ids, 6, on_value=2.0, off_value=-1.0)
out_onehot_axis0 = tf.one_hot(ids - 1, 3, axis=0, dtype=tf.int32)
out_lse = tf.reduce_logsumexp(logits, 1)
inf_rows = tf.concat([logits[:2], tf.zeros([2, 5]) - float("inf")], 0)
out_lse_inf = tf.reduce_logsumexp(inf_rows, 1, keepdims=True)
out_log_softmax = tf.nn.log_softmax(logits)
out_add_n = tf.add_n([logits, labels, den])
out_div_no_nan = tf.div_no_nan(logits, den)
out_mse = tf.losses.mean_squared_error(labels, logits)
out_abs_sum = tf.losses.absolute_difference(
    labels, logits, weights=[[1.0], [0.0], [2.0], [0.5]],
    reduction=tf.losses.Reduction.SUM)
out_sce_smooth = tf.losses.softmax_cross_entropy(labels, logits,
                                                 label_smoothing=0.1)
out_sparse_loss_weights = tf.losses.sparse_softmax_cross_entropy(
    ids, logits, weights=[1.0, 0.0, 3.0, 1.0])
out_sigmoid_loss_none = tf.losses.sigmoid_cross_entropy(
    labels, logits, reduction=tf.losses.Reduction.NONE)
out_huber_mean = tf.losses.huber_loss(labels, logits, delta=0.5,
                                      reduction=tf.losses.Reduction.MEAN)
