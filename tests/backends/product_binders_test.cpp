// Binders over Cartesian products split into components (backends/z3/product_binders.hpp).
#include <gtest/gtest.h>

#include "backends/z3/product_binders.hpp"
#include "frontend/printer.hpp"
#include "tests/backends/ast_builder.hpp"

namespace tlapx::test {
namespace {

using z3enc::splitProductBinders;

class ProductBinders : public ::testing::Test {
 protected:
  Ast a;
  const Decl* A = a.constant("A");
  const Decl* B = a.constant("B");
  const Decl* p = a.constant("p");
  DeclPtr m = a.bound("m");
};

TEST_F(ProductBinders, AProductBinderBecomesOneBinderPerComponent) {
  auto e = a.exists(m, a.times({a.id(A), a.id(B)}), a.eq(a.fapp(a.id(m), a.num(2)), a.id(p)));
  ExprPtr split = splitProductBinders(*e);
  ASSERT_NE(split, nullptr);
  EXPECT_EQ(printExpr(*split), "\\E m_1 \\in A, m_2 \\in B : <<m_1, m_2>>[2] = p");
  auto image = a.map(m, a.times({a.id(A), a.id(A), a.id(B)}), a.fapp(a.id(m), a.num(1)));
  ExprPtr splitImage = splitProductBinders(*image);
  ASSERT_NE(splitImage, nullptr);
  EXPECT_EQ(printExpr(*splitImage), "{<<m_1, m_2, m_3>>[1] : m_1 \\in A, m_2 \\in A, m_3 \\in B}");
}

TEST_F(ProductBinders, OtherBindersAreLeftAlone) {
  EXPECT_EQ(splitProductBinders(*a.exists(m, a.id(A), a.eq(a.id(m), a.id(p)))), nullptr);
  EXPECT_EQ(splitProductBinders(*a.exists(m, nullptr, a.eq(a.id(m), a.id(p)))), nullptr);
}

}  // namespace
}  // namespace tlapx::test
