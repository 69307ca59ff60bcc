package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnvConfigTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void envPrefixIsTheUpperCasedName() {
    assertEquals("KRAKEN_", TestApis.KRAKEN.envPrefix());
    assertEquals(
        "MY_API_", ApiDescriptor.builder("my-api", "https://x.example").build().envPrefix());
  }

  @Test
  void environmentConfiguresBaseUrlClientIdAndToken() {
    ApiClient client =
        new ClientBuilder<>(TestApis.KRAKEN, Function.identity())
            .fromEnv(
                Map.of(
                    "KRAKEN_BASE_URL", server.baseUrl() + "/",
                    "KRAKEN_CLIENT_ID", "env-client",
                    "KRAKEN_ACCESS_TOKEN", " env-token ",
                    "OTHER_ACCESS_TOKEN", "ignored"))
            .build();
    assertEquals(URI.create(server.baseUrl()), client.baseUrl());
    client.execute(
        TestApis.CHANNEL_UPDATE, RequestValues.builder().path("channel", "c").build(), Void.class);
    TestServer.Req req = server.requests().get(0);
    assertEquals("/kraken/channels/c", req.path());
    assertEquals("env-client", req.query().get("client_id"));
    assertEquals("OAuth env-token", req.header("Authorization").orElseThrow());
  }

  @Test
  void laterCallsOverrideAndBlankValuesAreIgnored() {
    ApiClient client =
        new ClientBuilder<>(TestApis.KRAKEN, Function.identity())
            .clientId("explicit")
            .fromEnv(Map.of("KRAKEN_CLIENT_ID", "  ", "KRAKEN_ACCESS_TOKEN", "env-token"))
            .accessToken("override")
            .baseUrl(server.baseUrl())
            .build();
    client.execute(
        TestApis.CHANNEL_UPDATE, RequestValues.builder().path("channel", "c").build(), Void.class);
    TestServer.Req req = server.requests().get(0);
    assertEquals("explicit", req.query().get("client_id"));
    assertEquals("OAuth override", req.header("Authorization").orElseThrow());
  }

  @Test
  void invalidBaseUrlNamesTheVariable() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ClientBuilder<>(TestApis.KRAKEN, Function.identity())
                    .fromEnv(Map.of("KRAKEN_BASE_URL", "not a url")));
    assertTrue(e.getMessage().startsWith("KRAKEN_BASE_URL: "), e.getMessage());
  }

  @Test
  void defaultsComeFromTheDescriptor() {
    ApiClient client =
        new ClientBuilder<>(TestApis.KRAKEN, Function.identity()).fromEnv(Map.of()).build();
    assertEquals(URI.create("https://api.twitch.tv/kraken"), client.baseUrl());
    assertEquals(TestApis.KRAKEN, client.descriptor());
  }
}
