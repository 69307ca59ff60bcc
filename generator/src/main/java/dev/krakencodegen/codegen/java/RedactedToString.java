package dev.krakencodegen.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits a record {@code toString} in the record format, with sensitive components shown as {@code ***}. */
final class RedactedToString {

  /** One record component as {@code toString} shows it. */
  record Member(String javaName, boolean sensitive) {}

  private RedactedToString() {}

  static MethodSpec method(ClassName record, List<Member> members) {
    CodeBlock.Builder body = CodeBlock.builder().add("return $S", record.simpleName() + "[");
    String separator = "";
    for (Member member : members) {
      if (member.sensitive()) {
        body.add("\n+ $S", separator + member.javaName() + "=***");
      } else {
        body.add("\n+ $S + $L", separator + member.javaName() + "=", member.javaName());
      }
      separator = ", ";
    }
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("Like the record default, but secrets are shown as {@code ***}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(body.add("\n+ $S", "]").build())
        .build();
  }
}
