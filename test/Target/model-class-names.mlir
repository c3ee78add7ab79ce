// The model's names: --name sets the namespace and file names, --class the
// class; the default class is the model name in CamelCase ("Model" is added
// when that is the namespace itself). Names C++ cannot use are errors.
// RUN: scopec %s --emit=cpp | FileCheck %s --check-prefix=DEFAULT
// DEFAULT: namespace model_class_names {
// DEFAULT: class ModelClassNames {
// RUN: scopec %s --emit=cpp --name=Net | FileCheck %s --check-prefix=SAME
// SAME: namespace Net {
// SAME: class NetModel {
// RUN: scopec %s --emit=cpp --name=net --class=Scorer | FileCheck %s --check-prefix=CLASS
// CLASS: // ===== net.h =====
// CLASS: class Scorer {
// CLASS: } // namespace net

// RUN: not scopec %s --emit=lib --class=my-model -o %t 2>&1 | FileCheck %s --check-prefix=NOTID
// NOTID: error: class name 'my-model' is not a C++ identifier that scopec can use (it would be 'my_model')
// RUN: not scopec %s --emit=cpp --class=class 2>&1 | FileCheck %s --check-prefix=KEYWORD
// KEYWORD: error: class name 'class' is not a C++ identifier that scopec can use (it would be 'class_')
// RUN: not scopec %s --emit=cpp --class=kXShape 2>&1 | FileCheck %s --check-prefix=TAKEN
// TAKEN: error: class name 'kXShape' is already a name in the model's namespace 'model_class_names'
// RUN: not scopec %s --emit=cpp --class=scale 2>&1 | FileCheck %s --check-prefix=PARAM
// PARAM: error: class name 'scale' is already a name in the model's namespace 'model_class_names'
// RUN: not scopec %s --emit=cpp --class=Run 2>&1 | FileCheck %s --check-prefix=MEMBER
// MEMBER: error: class name 'Run' is the name of one of its members
// A model called "run" gets the class RunModel (Run is a member).
// RUN: scopec %s --emit=cpp --name=run | FileCheck %s --check-prefix=RUNMODEL
// RUNMODEL: class RunModel {
// RUN: not scopec %s --emit=cpp --name=2net 2>&1 | FileCheck %s --check-prefix=NAME
// NAME: scopec: error: --name '2net' is not a C++ identifier that scopec can use (it would be 't2net')
scope.param @scale : tensor<f32> = dense<2.0> : tensor<f32>
func.func @model() {
  %x = scope.placeholder "x" : tensor<4xf32>
  %s = scope.read @scale : tensor<f32>
  %y = scope.mul %x, %s : tensor<4xf32>, tensor<f32> -> tensor<4xf32>
  scope.output "y", %y : tensor<4xf32>
  return
}
