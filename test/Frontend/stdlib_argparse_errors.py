# argparse limits: a required argument is a located error (scopec runs the
# model with no command-line arguments, where CPython would print the usage
# and exit); an explicit argument list and the help output are refused.
# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/required.py --emit=scoped 2>&1 | FileCheck %t/required.py
# RUN: not scopec %t/explicit.py --emit=scoped 2>&1 | FileCheck %t/explicit.py
# RUN: not scopec %t/help.py --emit=scoped 2>&1 | FileCheck %t/help.py

#--- required.py
import argparse
p = argparse.ArgumentParser()
p.add_argument("data_dir")
p.add_argument("--model_dir", required=True)
# CHECK: required.py:[[@LINE+1]]:8: error: argparse: the following arguments are required: data_dir, --model_dir (scopec runs the model with no command-line arguments)
args = p.parse_args()
#--- explicit.py
import argparse
p = argparse.ArgumentParser()
p.add_argument("--lr", type=float, default=0.1)
# CHECK: explicit.py:[[@LINE+1]]:8: error: argparse: parsing an explicit argument list is not supported by scopec (it runs the model with the defaults)
args = p.parse_args(["--lr", "0.5"])
#--- help.py
import argparse
p = argparse.ArgumentParser()
# CHECK: help.py:[[@LINE+1]]:1: error: ArgumentParser.print_help() is not supported by scopec
p.print_help()
