package dev.krakencodegen.codegen.model;

/**
 * Where a client can read the scopes its token holds.
 *
 * @param operationId {@code resource.operation}, a GET operation of this spec
 * @param pointer a JSON Pointer into that operation's response
 */
public record GrantedScopes(String operationId, String pointer) {}
