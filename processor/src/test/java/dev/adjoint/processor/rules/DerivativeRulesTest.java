package dev.adjoint.processor.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public static function of {@code Math}, {@code StrictMath} and {@code AdjointMath} that
 * returns a double is
 * either in the rule table or deliberately listed as unsupported with a reason, so a new JDK
 * method cannot silently fall through.
 */
class DerivativeRulesTest {

  @ParameterizedTest
  @ValueSource(classes = {Math.class, StrictMath.class, dev.adjoint.AdjointMath.class})
  void everyDoubleFunctionHasARuleOrAReason(Class<?> owner) {
    List<String> missing = new ArrayList<>();
    for (Method m : owner.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != double.class) {
        continue;
      }
      String name = m.getName();
      if (DerivativeRules.lookup(name).isEmpty()
          && !DerivativeRules.unsupported().containsKey(name)) {
        missing.add(name);
      }
    }
    assertTrue(missing.isEmpty(), owner.getSimpleName() + " functions with neither a rule nor a"
        + " reason: " + missing);
  }
}
