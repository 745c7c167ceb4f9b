package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimScopeTest {

    private static final Set<String> RECEIVERS = Set.of("police-fccu", "nl-hotline", "de-hotline");

    @Test
    void withNobodyLeftOutEverybodyIsClaimedFor() {
        assertThat(ClaimScope.leavingOut(Set.of(), RECEIVERS)).contains(ClaimScope.everyone());
    }

    @Test
    void aPartnerLeftOutLeavesTheOtherReceiversInAFixedOrder() {
        assertThat(ClaimScope.leavingOut(Set.of("police-fccu"), RECEIVERS)).get()
                .extracting(ClaimScope::partners).isEqualTo(List.of("de-hotline", "nl-hotline"));
    }

    @Test
    void withEveryReceiverLeftOutNothingIsClaimed() {
        assertThat(ClaimScope.leavingOut(RECEIVERS, RECEIVERS)).isEmpty();
    }
}
