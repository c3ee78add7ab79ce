//===- TFScopes.h - tf.variable_scope and tf.name_scope -----------*- C++ -*-===//

#ifndef SCOPEC_FRONTEND_TFSCOPES_H
#define SCOPEC_FRONTEND_TFSCOPES_H

#include "TFObjects.h"

namespace scopec::frontend {

class TFRuntime;

/// `tf.variable_scope(...)`: validates the arguments (E10, E11) and returns
/// the context manager.
FailureOr<Value> makeVariableScope(TFRuntime &rt, CallArgs &args);
/// `tf.name_scope(name, default_name=None, values=None)`.
FailureOr<Value> makeNameScope(TFRuntime &rt, CallArgs &args);
/// `with` entry/exit of scope context managers.
FailureOr<Value> enterScope(TFRuntime &rt, ContextManagerObj &cm, SrcLoc l);
LogicalResult exitScope(TFRuntime &rt, ContextManagerObj &cm, SrcLoc l);
/// Attributes of VariableScope objects.
FailureOr<std::optional<Value>> scopeAttr(TFRuntime &rt, const Value &self,
                                          const std::string &name, SrcLoc l);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_TFSCOPES_H
