package be.hotline.gateway.format.feedback;

import static be.hotline.gateway.format.feedback.FeedbackSamples.example;
import static be.hotline.gateway.format.feedback.FeedbackSamples.refusal;
import static be.hotline.gateway.format.feedback.FeedbackSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.intake.MalformedRequestException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonFeedbackReaderTest {

    private final JsonFeedbackReader reader = new JsonFeedbackReader();

    @Test
    void readsTheDeAcknowledgement() {
        assertThat(reader.read(utf8(example("feedback-de-acknowledged.json")))).isEqualTo(new Feedback(
                "DE-FB-2026-120455-1", FeedbackType.ACKNOWLEDGED, Instant.parse("2026-11-22T09:40:00Z"),
                Optional.of("DE-2026-120455"), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void readsTheDeRemovalWithItsTimeAndNote() {
        Feedback feedback = reader.read(utf8(example("feedback-de-content-removed.json")));

        assertThat(feedback.type()).isEqualTo(FeedbackType.CONTENT_REMOVED);
        assertThat(feedback.removedAt()).contains(Instant.parse("2026-11-23T22:10:00Z"));
        assertThat(feedback.note()).hasValueSatisfying(note -> assertThat(note).startsWith("Removed by"));
    }

    @Test
    void offsetsAreExactInstants() {
        Feedback feedback = reader.read(utf8("""
                {"feedbackId":"x1","type":"CLOSED","occurredAt":"2026-07-01T12:00:00+02:00"}"""));

        assertThat(feedback.occurredAt()).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        assertThat(refusal(reader, "{}")).containsOnlyKeys("/feedbackId", "/type", "/occurredAt")
                .allSatisfy((pointer, message) -> assertThat(message).isEqualTo("is required"));
    }

    @Test
    void refusesABadFeedbackIdAnUnknownTypeAndABadTimestamp() {
        var errors = refusal(reader, """
                {"feedbackId":"has spaces","type":"TAKEN_DOWN","occurredAt":"yesterday"}""");

        assertThat(errors).containsOnlyKeys("/feedbackId", "/type", "/occurredAt");
        assertThat(errors.get("/type")).startsWith("unknown value 'TAKEN_DOWN'");
        assertThat(errors.get("/occurredAt")).contains("RFC 3339");
        assertThat(refusal(reader, "{\"feedbackId\":\"" + "a".repeat(101) + "\",\"type\":\"CLOSED\",\"occurredAt\":\"2026-11-25T17:40:00Z\"}"))
                .containsOnlyKeys("/feedbackId");
    }

    @Test
    void aRemovalNeedsItsTime() {
        assertThat(refusal(reader, """
                {"feedbackId":"x1","type":"CONTENT_REMOVED","occurredAt":"2026-11-25T17:40:00Z"}"""))
                .containsOnlyKeys("/removedAt").containsValue("is required when the content was removed");
    }

    @Test
    void refusesTooLongOrEmptyTexts() {
        var errors = refusal(reader, """
                {"feedbackId":"x1","type":"CASE_OPENED","occurredAt":"2026-11-25T17:40:00Z",
                 "receiverReference":"%s","caseNumber":"%s","note":"%s"}""".formatted("r".repeat(201), "c".repeat(101), "n".repeat(2001)));

        assertThat(errors).containsOnlyKeys("/receiverReference", "/caseNumber", "/note");
        assertThat(errors.get("/note")).isEqualTo("must be at most 2000 characters");
        assertThat(refusal(reader, """
                {"feedbackId":"x1","type":"CASE_OPENED","occurredAt":"2026-11-25T17:40:00Z","caseNumber":" "}"""))
                .containsOnlyKeys("/caseNumber");
    }

    @Test
    void refusesUnknownFieldsAndWrongTypesLikeTheReportReader() {
        assertThat(refusal(reader, """
                {"feedbackId":"x1","type":"CLOSED","occurredAt":"2026-11-25T17:40:00Z","reporter":"x"}"""))
                .containsOnlyKeys("/reporter").containsValue("is not a field of the feedback format (see docs/api)");
        assertThat(refusal(reader, """
                {"feedbackId":12345,"type":"CLOSED","occurredAt":"2026-11-25T17:40:00Z"}"""))
                .containsOnlyKeys("/feedbackId");
        assertThat(refusal(reader, """
                {"feedbackId":"x1","type":"CLOSED","occurredAt":"2026-11-25T17:40:00Z","note":{"text":"x"}}"""))
                .containsOnlyKeys("/note");
    }

    @Test
    void syntaxErrorsAreMalformedNotInvalid() {
        assertThatThrownBy(() -> reader.read(utf8("{\"feedbackId\":\"x1\",")))
                .isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> reader.read(utf8("[]"))).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> reader.read(utf8(""))).isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("JSON feedback object");
        assertThatThrownBy(() -> reader.read(utf8("{\"type\":\"CLOSED\",\"type\":\"CLOSED\"}")))
                .isInstanceOf(MalformedRequestException.class);
    }
}
