package uk.nhs.icb.caseworkflows.common.letters.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;
import uk.nhs.icb.caseworkflows.common.letters.domain.Recipient;
import uk.nhs.icb.caseworkflows.common.letters.domain.Signatory;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * The example beside each template ({@code x.example.json} next to {@code x.html}): fictional but
 * realistic content that fills every field, for previews and for the tests that render every
 * letter. Text shaped like a date (2026-11-22) becomes a date, printed the UK way.
 */
public final class LetterExamples {

  private LetterExamples() {}

  public static LetterContent of(LetterTemplate template) {
    String resource = template.resource().replaceAll("\\.html$", ".example.json");
    JsonObject example =
        Json.createReader(new StringReader(LetterComposer.resource(resource))).readObject();
    JsonObject recipient = example.getJsonObject("recipient");
    JsonObject signatory = example.getJsonObject("signatory");
    return new LetterContent(
        template.kind(),
        example.getString("reference"),
        example.containsKey("nhsNumber") ? NhsNumber.parse(example.getString("nhsNumber")) : null,
        new Recipient(
            recipient.getString("name"),
            recipient.getJsonArray("addressLines").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList(),
            recipient.getString("postcode", "")),
        new Signatory(signatory.getString("name"), signatory.getString("role")),
        objectOf(example.getJsonObject("fields")));
  }

  private static Map<String, Object> objectOf(JsonObject json) {
    Map<String, Object> map = new LinkedHashMap<>();
    json.forEach((name, value) -> map.put(name, valueOf(value)));
    return map;
  }

  private static Object valueOf(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> dateOrText(((JsonString) value).getString());
      case NUMBER ->
          ((JsonNumber) value).isIntegral()
              ? ((JsonNumber) value).longValue()
              : ((JsonNumber) value).doubleValue();
      case TRUE -> true;
      case FALSE -> false;
      case NULL -> null;
      case ARRAY -> ((JsonArray) value).stream().map(LetterExamples::valueOf).toList();
      case OBJECT -> objectOf((JsonObject) value);
    };
  }

  private static Object dateOrText(String text) {
    return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : text;
  }
}
