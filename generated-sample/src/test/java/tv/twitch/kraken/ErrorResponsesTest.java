package tv.twitch.kraken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krakencodegen.runtime.ApiException;
import dev.krakencodegen.runtime.BadRequestException;
import dev.krakencodegen.runtime.InternalServerException;
import dev.krakencodegen.runtime.NotFoundException;
import dev.krakencodegen.runtime.PermissionDeniedException;
import dev.krakencodegen.runtime.RateLimitException;
import dev.krakencodegen.runtime.UnauthorizedException;
import dev.krakencodegen.runtime.UnexpectedStatusException;
import dev.krakencodegen.runtime.UnprocessableEntityException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Error statuses become the matching exception type, with the API's message and status text. */
class ErrorResponsesTest {
  private static ExampleServer server;
  private static KrakenClient client;

  @BeforeAll
  static void start() {
    server = ExampleServer.start();
    client = server.client();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, "Bad Request", BadRequestException.class),
        Arguments.of(401, "Unauthorized", UnauthorizedException.class),
        Arguments.of(403, "Forbidden", PermissionDeniedException.class),
        Arguments.of(404, "Not Found", NotFoundException.class),
        Arguments.of(409, "Conflict", UnexpectedStatusException.class),
        Arguments.of(422, "Unprocessable Entity", UnprocessableEntityException.class),
        Arguments.of(429, "Too Many Requests", RateLimitException.class),
        Arguments.of(500, "Internal Server Error", InternalServerException.class),
        Arguments.of(503, "Service Unavailable", InternalServerException.class));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("statuses")
  void errorBodyBecomesTheMatchingException(
      int status, String error, Class<? extends ApiException> type) {
    server.script("channels.get", Reply.error(status, error, "Channel 'nobody' went wrong"));

    ApiException e = assertThrows(ApiException.class, () -> client.channels().get("nobody"));

    assertInstanceOf(type, e);
    assertEquals(status, e.status());
    assertEquals(error, e.error());
    assertEquals("Channel 'nobody' went wrong", e.apiMessage());
    assertEquals("channels.get", e.endpointId());
    assertTrue(
        e.getMessage().startsWith("HTTP " + status + " " + error + " from GET /channels/nobody"),
        e.getMessage());
    assertTrue(e.getMessage().contains("Channel 'nobody' went wrong"), e.getMessage());
    assertEquals(1, server.requests().size(), "no retries configured");
  }

  @Test
  void htmlBadGatewayPageIsAnInternalServerError() {
    String page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server.script("streams.summary", Reply.html(502, page));

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> client.streams().summary());

    assertEquals(502, e.status());
    assertNull(e.apiMessage(), "an HTML page has no API message");
    assertNull(e.error());
    assertEquals(page, e.rawBody());
    assertEquals("text/html; charset=utf-8", e.header("content-type").orElseThrow());
    assertTrue(
        e.getMessage().startsWith("HTTP 502 Bad Gateway from GET /streams/summary"),
        e.getMessage());
  }

  @Test
  void documentedInvalidTokenErrorIsUnauthorizedWithTheScopeHint() {
    server.useExample("users.getAuthenticated", "invalid_token");

    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> client.users().getAuthenticated());

    assertEquals(401, e.status());
    assertEquals("Invalid Token", e.apiMessage());
    assertEquals("Unauthorized", e.error());
    assertTrue(
        e.getMessage().contains("users.getAuthenticated requires scope user_read"),
        e.getMessage());
  }

  @Test
  void documentedLoginTakenErrorIsUnprocessable() {
    server.useExample("users.create", "login_taken");

    UnprocessableEntityException e =
        assertThrows(
            UnprocessableEntityException.class,
            () -> client.users().create("id", "secret", "newuser", "12345", "my@email.com"));

    assertEquals("Login has already been taken", e.apiMessage());
    assertEquals("users.create", e.endpointId());
  }

  @Test
  void errorOnAPostWithoutResponseBody() {
    server.script(
        "channels.commercial", Reply.error(404, "Not Found", "Channel 'x' does not exist"));

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.channels().commercial("x"));

    assertEquals(
        "HTTP 404 Not Found from POST /channels/x/commercial?client_id=test-client-id:"
            + " Channel 'x' does not exist",
        e.getMessage());
  }
}
