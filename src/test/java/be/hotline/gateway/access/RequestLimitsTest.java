package be.hotline.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.partner.PartnerLimits;
import be.hotline.gateway.partner.RevocationMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each partner's share: its rate and its requests in progress, apart from every other partner's. */
class RequestLimitsTest {

    private final RequestLimits limits = new RequestLimits();

    @Test
    void aPartnerGetsAsManyRequestsInProgressAsItsLimitAndOneMoreWhenOneEnds() {
        Partner nl = partner("nl", new PartnerLimits(100, 2));
        RequestLimits.Permit first = limits.tryAcquire(nl).orElseThrow();
        limits.tryAcquire(nl).orElseThrow();
        assertThat(limits.tryAcquire(nl)).as("third at once").isEmpty();
        assertThat(limits.tryAcquire(partner("de", new PartnerLimits(100, 2)))).as("another partner").isPresent();
        first.release();
        assertThat(limits.tryAcquire(nl)).isPresent();
    }

    @Test
    void aPartnerOverItsRateIsRefusedWhateverItHasInProgress() {
        Partner nl = partner("nl", new PartnerLimits(3, 100));
        for (int i = 0; i < 3; i++) {
            limits.tryAcquire(nl).orElseThrow().release();
        }
        assertThat(limits.tryAcquire(nl)).isEmpty();
    }

    @Test
    void changedLimitsTakeEffectAtOnce() {
        limits.tryAcquire(partner("nl", new PartnerLimits(100, 1))).orElseThrow();
        assertThat(limits.tryAcquire(partner("nl", new PartnerLimits(100, 1)))).isEmpty();
        assertThat(limits.tryAcquire(partner("nl", new PartnerLimits(100, 5)))).as("after a registry reload").isPresent();
    }

    private static Partner partner(String id, PartnerLimits partnerLimits) {
        return new Partner(id, id, PartnerKind.HOTLINE, "NL", true, List.of(), List.of(), Optional.empty(), Set.of(),
                new Partner.Inbound(RevocationMode.OFF, List.of(), partnerLimits));
    }
}
