package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiException call(Endpoint endpoint, String token) {
    ClientBuilder<ApiClient> b = TestApis.kraken(server).retryPolicy(RetryPolicy.none());
    if (token != null) {
      b.accessToken(token);
    }
    ApiClient client = b.build();
    return assertThrows(
        ApiException.class,
        () ->
            client.execute(
                endpoint, RequestValues.builder().path("channel", "x").build(), Void.class));
  }

  @ParameterizedTest
  @CsvSource({
    "400, Bad Request, BadRequestException",
    "401, Unauthorized, UnauthorizedException",
    "403, Forbidden, PermissionDeniedException",
    "404, Not Found, NotFoundException",
    "422, Unprocessable Entity, UnprocessableEntityException",
    "429, Too Many Requests, RateLimitException",
    "500, Internal Server Error, InternalServerException",
    "503, Service Unavailable, InternalServerException",
    "409, Conflict, UnexpectedStatusException",
    "302, Found, UnexpectedStatusException"
  })
  void documentedErrorBodyMapsToTypeByStatus(int status, String error, String type) {
    server.handle(
        r ->
            TestServer.Reply.json(
                status,
                "{\"message\":\"Something about x\",\"status\":"
                    + status
                    + ",\"error\":\""
                    + error
                    + "\"}"));
    ApiException e = call(TestApis.CHANNEL_GET, null);
    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(status, e.status());
    assertEquals(error, e.error());
    assertEquals("Something about x", e.apiMessage());
    assertEquals("channels.get", e.endpointId());
    assertTrue(e.rawBody().contains("Something about x"));
    assertEquals(TestServer.KRAKEN_JSON, e.header("content-type").orElseThrow());
    assertTrue(
        e.getMessage()
            .startsWith(
                "HTTP "
                    + status
                    + " "
                    + error
                    + " from GET /channels/x?client_id=axjhfp777tflhy0yjb5sftsil: Something about"
                    + " x"),
        e.getMessage());
  }

  @Test
  void notFoundMessageReadsNaturally() {
    server.handle(
        r ->
            TestServer.Reply.json(
                404,
                "{\"message\":\"Channel 'x' does not exist\",\"status\":404,\"error\":\"Not"
                    + " Found\"}"));
    assertEquals(
        "HTTP 404 Not Found from GET /channels/x?client_id=axjhfp777tflhy0yjb5sftsil: Channel 'x'"
            + " does not exist",
        call(TestApis.CHANNEL_GET, null).getMessage());
  }

  @Test
  void htmlBadGatewayIsStillAnInternalServerException() {
    server.handle(
        r ->
            TestServer.Reply.of(
                502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));
    ApiException e = call(TestApis.CHANNEL_GET, null);
    assertInstanceOf(InternalServerException.class, e);
    assertEquals(502, e.status());
    assertNull(e.error());
    assertNull(e.apiMessage());
    assertTrue(e.rawBody().contains("<h1>502"));
    assertTrue(
        e.getMessage().startsWith("HTTP 502 Bad Gateway from GET /channels/x"), e.getMessage());
  }

  @Test
  void unauthorizedNamesTheRequiredScopes() {
    server.handle(
        r ->
            TestServer.Reply.json(
                401, "{\"message\":\"Invalid Token\",\"status\":401,\"error\":\"Unauthorized\"}"));
    ApiException e = call(TestApis.CHANNEL_UPDATE, "bad-token-value");
    assertInstanceOf(UnauthorizedException.class, e);
    assertTrue(e.getMessage().contains("Invalid Token"), e.getMessage());
    assertTrue(
        e.getMessage().contains("channels.update requires scope channel_editor"), e.getMessage());
    assertFalse(e.getMessage().contains("bad-token-value"), e.getMessage());
  }

  @Test
  void forbiddenNamesScopesAndMissingToken() {
    server.handle(
        r ->
            TestServer.Reply.json(
                403, "{\"message\":\"nope\",\"status\":403,\"error\":\"Forbidden\"}"));
    Endpoint optional =
        Endpoint.builder("channels.videos", "GET", "/channels/{channel}/videos")
            .scopes("channel_read")
            .auth(Endpoint.Auth.OPTIONAL)
            .build();
    ApiException e = call(optional, null);
    assertInstanceOf(PermissionDeniedException.class, e);
    assertTrue(
        e.getMessage().contains("requires scope channel_read; no access token is configured"),
        e.getMessage());
  }

  @Test
  void redirectStatusIsUnexpected() {
    server.handle(r -> TestServer.Reply.empty(302).withHeader("Location", "http://elsewhere/"));
    ApiException e = call(TestApis.CHANNEL_GET, null);
    assertInstanceOf(UnexpectedStatusException.class, e);
    assertEquals(
        "HTTP 302 Found from GET /channels/x?client_id=axjhfp777tflhy0yjb5sftsil", e.getMessage());
  }

  @Test
  void asyncFailuresCarryTheSameException() {
    server.handle(
        r ->
            TestServer.Reply.json(
                404, "{\"message\":\"gone\",\"status\":404,\"error\":\"Not Found\"}"));
    ApiClient client = TestApis.kraken(server).build();
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () ->
                client
                    .executeAsync(
                        TestApis.CHANNEL_GET,
                        RequestValues.builder().path("channel", "x").build(),
                        Void.class)
                    .join());
    assertInstanceOf(NotFoundException.class, e.getCause());
  }
}
