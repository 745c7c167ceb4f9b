package be.hotline.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceiptsTest {

    @Test
    void aJsonAnswerWithAReferenceIsAnAcknowledgement() {
        assertThat(Receipts.receiverReference(Optional.of("{\"reference\":\"POLICE-7\",\"other\":1}"))).contains("POLICE-7");
        assertThat(Receipts.receiverReference(Optional.of("  {\"reference\": \"DE-2026-1\"}"))).contains("DE-2026-1");
    }

    @Test
    void anythingElseIsAPlainDelivery() {
        assertThat(Receipts.receiverReference(Optional.empty())).isEmpty();
        assertThat(Receipts.receiverReference(Optional.of(""))).isEmpty();
        assertThat(Receipts.receiverReference(Optional.of("<ok/>"))).isEmpty();
        assertThat(Receipts.receiverReference(Optional.of("{\"reference\": 42}"))).isEmpty();
        assertThat(Receipts.receiverReference(Optional.of("{\"reference\": \"  \"}"))).isEmpty();
        assertThat(Receipts.receiverReference(Optional.of("{\"reference\": \"DE-\\u0000-1\"}"))).as("NUL").isEmpty();
        assertThat(Receipts.receiverReference(Optional.of("{\"reference\": \"DE-\\u001b[31m\"}"))).as("ESC").isEmpty();
        assertThat(Receipts.receiverReference(Optional.of("{\"reference\": \"" + "x".repeat(201) + "\"}"))).isEmpty();
        assertThat(Receipts.receiverReference(Optional.of("{not json"))).isEmpty();
    }
}
