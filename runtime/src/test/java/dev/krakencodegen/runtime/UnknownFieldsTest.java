package dev.krakencodegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnknownFieldsTest {
  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Shaped like a generated model: unknown fields go through UnknownFields.copyOf. */
  record Token(
      @JsonProperty("valid") boolean valid,
      @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    Token {
      additionalProperties = UnknownFields.copyOf(additionalProperties);
    }
  }

  @Test
  void aDecodedRecordDoesNotPrintSecretLookingUnknownFields() {
    server.handle(
        r ->
            TestServer.Reply.json(
                200,
                "{\"valid\":true,\"refresh_token\":\"RT-value\",\"user_name\":\"hebo\","
                    + "\"nested\":{\"Stream_Key\":\"live_123\",\"list\":[{\"apiKey\":\"k-9\"}]},"
                    + "\"gone\":null}"));
    Token t =
        TestApis.kraken(server)
            .build()
            .execute(
                Endpoint.builder("root", "GET", "/").build(), RequestValues.empty(), Token.class);
    assertEquals("RT-value", t.additionalProperties().get("refresh_token"), "values are kept");
    assertEquals(
        List.of("refresh_token", "user_name", "nested", "gone"),
        List.copyOf(t.additionalProperties().keySet()),
        "server order");
    assertTrue(t.additionalProperties().containsKey("gone"));
    assertNull(t.additionalProperties().get("gone"));
    String text = t.toString();
    assertEquals(
        "Token[valid=true, additionalProperties={refresh_token=***, user_name=hebo,"
            + " nested={Stream_Key=***, list=[{apiKey=***}]}, gone=null}]",
        text);
  }

  @Test
  void secretLookingKeys() {
    Map<String, Object> in = new LinkedHashMap<>();
    for (String k :
        List.of(
            "access_token",
            "client_secret",
            "password",
            "code",
            "stream_key",
            "oauth_token",
            "MyToken",
            "SECRET_thing",
            "userPassword",
            "key")) {
      in.put(k, "v-" + k);
    }
    in.put("name", "visible");
    in.put("codec", "h264");
    String text = UnknownFields.copyOf(in).toString();
    assertFalse(text.contains("v-"), text);
    assertTrue(text.contains("name=visible"), text);
    assertTrue(text.contains("codec=h264"), "only the exact name 'code' is always secret: " + text);
  }

  @Test
  void copyIsUnmodifiableDetachedAndEqualToAPlainMap() {
    Map<String, Object> in = new HashMap<>();
    in.put("token", "T");
    in.put("n", null);
    Map<String, Object> copy = UnknownFields.copyOf(in);
    in.put("later", 1);
    assertEquals(2, copy.size());
    assertThrows(UnsupportedOperationException.class, () -> copy.put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> copy.remove("token"));
    assertThrows(UnsupportedOperationException.class, () -> copy.entrySet().clear());
    Map<String, Object> plain = new HashMap<>();
    plain.put("token", "T");
    plain.put("n", null);
    assertEquals(plain, copy);
    assertEquals(copy, plain);
    assertEquals(plain.hashCode(), copy.hashCode());
    assertEquals(Map.of(), UnknownFields.copyOf(null));
    assertEquals("{}", UnknownFields.copyOf(null).toString());
  }

  @Test
  void nullKeysAreRejectedWithAMessage() {
    Map<String, Object> in = new HashMap<>();
    in.put(null, "x");
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> UnknownFields.copyOf(in));
    assertEquals("field name", e.getMessage());
  }
}
