package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.diag.Location;
import java.util.List;

/**
 * The raw element tree: what the spec says, before any reference is resolved. Names are
 * unchecked strings and every element keeps its {@link Location}. A {@code Located} value is
 * {@code null} when the key was absent or malformed; the reader has reported the latter, so
 * the linker only checks what is there. Only the linker turns this into the linked model.
 */
final class Raw {
  private Raw() {}

  record Spec(
      Api api,
      Auth auth,
      List<Scope> scopes,
      List<EnumDef> enums,
      List<ModelDef> models,
      List<Resource> resources,
      Location location) {}

  record Api(
      Located<String> name,
      Located<String> title,
      Located<String> version,
      Located<String> baseUrl,
      Located<String> mediaType,
      Located<String> javaPackage,
      Located<String> docsUrl,
      Located<String> errorModel,
      Located<String> description,
      Location location) {}

  record Auth(
      Placement clientId, Token token, OAuth2 oauth2, GrantedScopes grantedScopes, Location location) {}

  record Placement(Located<String> in, Located<String> name, Location location) {}

  record Token(
      Located<String> in,
      Located<String> name,
      Located<String> format,
      List<Placement> alternatives,
      Location location) {}

  record OAuth2(
      Located<String> authorizeUrl,
      Located<String> tokenUrl,
      List<Located<String>> flows,
      Located<String> scopeSeparator,
      Location location) {}

  record GrantedScopes(Located<String> operation, Located<String> pointer, Location location) {}

  record Scope(Located<String> name, Located<String> description, Location location) {}

  record EnumDef(
      Located<String> name, Located<String> description, List<Located<String>> values, Location location) {}

  record ModelDef(
      Located<String> name,
      Located<String> description,
      Located<String> docs,
      List<Located<String>> includes,
      List<FieldDef> fields,
      Location location) {}

  record FieldDef(
      Located<String> name,
      Located<String> type,
      Located<Boolean> nullable,
      Located<Boolean> optional,
      Located<String> format,
      Located<Boolean> sensitive,
      Located<String> description,
      Location location) {}

  record Resource(
      Located<String> name,
      Located<String> description,
      Located<String> docs,
      List<OperationDef> operations,
      Location location) {}

  record OperationDef(
      Located<String> name,
      Located<String> summary,
      Located<String> description,
      Located<String> docs,
      Located<String> http,
      Located<String> auth,
      List<Located<String>> scopes,
      List<ParamDef> params,
      BodyDef body,
      Located<String> returns,
      Located<Integer> status,
      PagingDef paging,
      Located<Boolean> idempotent,
      Located<Boolean> notImplemented,
      List<ExampleDef> examples,
      Location location) {}

  record ParamDef(
      Located<String> name,
      Located<String> in,
      Located<String> type,
      Located<Boolean> required,
      RawJson defaultValue,
      Located<Double> min,
      Located<Double> max,
      List<Located<String>> aliases,
      Located<String> style,
      Located<Boolean> sensitive,
      Located<String> description,
      Location location) {}

  record BodyDef(Located<String> model, Located<String> wrap, Location location) {}

  record PagingDef(
      Located<String> style,
      Located<String> items,
      Located<String> limit,
      Located<String> offset,
      Located<String> next,
      Location location) {}

  /** {@code path}, {@code query} and {@code form} are {@code null} when not given. */
  record ExampleDef(
      Located<String> name,
      Located<String> description,
      RawJson.Obj path,
      RawJson.Obj query,
      RawJson.Obj form,
      RawJson body,
      Located<Integer> status,
      RawJson response,
      Location location) {}
}
