package dev.krakencodegen.codegen.model;

import java.net.URI;
import java.util.List;

/** OAuth2 endpoints and the flows the API supports ({@code authorization_code}, …). */
public record OAuth2(URI authorizeUrl, URI tokenUrl, List<String> flows, String scopeSeparator) {}
