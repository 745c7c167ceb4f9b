package be.hotline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimScopeTest {

    private static final Set<String> RECEIVERS = Set.of("police-fccu", "nl-hotline", "de-hotline");

    @Test
    void withNobodyLeftOutAndRoomForAWholeClaimEverybodyIsClaimedFor() {
        assertThat(ClaimScope.within(RECEIVERS, Set.of(), partner -> 32, 32)).contains(ClaimScope.everyone());
    }

    @Test
    void aPartnerLeftOutLeavesTheOtherReceiversInAFixedOrder() {
        assertThat(ClaimScope.within(RECEIVERS, Set.of("police-fccu"), partner -> 32, 32)).get()
                .extracting(ClaimScope::partners).isEqualTo(List.of("de-hotline", "nl-hotline"));
    }

    @Test
    void aPartnerWithLessRoomThanAClaimGetsOnlyItsRoomAndTheOthersAWholeClaim() {
        ClaimScope scope = ClaimScope.within(RECEIVERS, Set.of(), partner -> partner.equals("nl-hotline") ? 2 : 32, 32)
                .orElseThrow();

        assertThat(scope.partners()).containsExactly("de-hotline", "nl-hotline", "police-fccu");
        assertThat(scope.limitFor("nl-hotline", 32)).isEqualTo(2);
        assertThat(scope.limitFor("police-fccu", 32)).isEqualTo(32);
        assertThat(scope.limitFor("police-fccu", 10)).as("never more than the claim").isEqualTo(10);
    }

    @Test
    void aPartnerAtItsCapIsLeftOutLikeOneWhoseCircuitIsOpen() {
        assertThat(ClaimScope.within(RECEIVERS, Set.of("de-hotline"), partner -> partner.equals("nl-hotline") ? 0 : 32, 32))
                .get().extracting(ClaimScope::partners).isEqualTo(List.of("police-fccu"));
    }

    @Test
    void withEveryReceiverAtItsCapNothingIsClaimed() {
        assertThat(ClaimScope.within(RECEIVERS, Set.of(), partner -> 0, 32)).isEmpty();
    }

    @Test
    void withEveryReceiverLeftOutNothingIsClaimed() {
        assertThat(ClaimScope.within(RECEIVERS, RECEIVERS, partner -> 32, 32)).isEmpty();
    }
}
