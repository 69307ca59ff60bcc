package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every 2xx is success, whatever the endpoint documents (R2). */
class SuccessStatusTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  record Name(@JsonProperty("name") String name) {}

  private static RequestValues hebo() {
    return RequestValues.builder().path("channel", "hebo").build();
  }

  @Test
  void aNonIdempotentCallDocumentedAs204SucceedsOn200AndIsSentOnce() {
    server.handle(r -> TestServer.Reply.json(200, "{\"length\":30}"));
    ApiClient client = TestApis.kraken(server).accessToken("tok").build();
    assertNull(client.execute(TestApis.COMMERCIAL, hebo(), Void.class));
    assertEquals(1, server.requests().size());
    assertEquals(Set.of(204), TestApis.COMMERCIAL.successStatuses(), "kept as documentation");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 202, 204})
  void aTypedCallWithAnEmptyBodyReturnsNull(int status) {
    server.handle(r -> TestServer.Reply.empty(status));
    ApiClient client = TestApis.kraken(server).build();
    assertNull(client.execute(TestApis.CHANNEL_GET, hebo(), Name.class));
    assertNull(client.executeAsync(TestApis.CHANNEL_GET, hebo(), Name.class).join());
  }

  @Test
  void anUndocumented2xxWithABodyIsDecoded() {
    server.handle(r -> TestServer.Reply.json(203, "{\"name\":\"hebo\"}"));
    Name n = TestApis.kraken(server).build().execute(TestApis.CHANNEL_GET, hebo(), Name.class);
    assertEquals(new Name("hebo"), n);
  }
}
