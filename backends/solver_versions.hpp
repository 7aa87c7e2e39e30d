// Reports the versions of the solver libraries tlapx is linked against.
#pragma once

#include <string>

namespace tlapx {

std::string z3Version();
std::string cvc5Version();

}  // namespace tlapx
