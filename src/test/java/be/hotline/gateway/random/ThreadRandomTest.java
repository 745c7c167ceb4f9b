package be.hotline.gateway.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ThreadRandomTest {

    @Test
    void uuidsAreRandomVersionFourOfTheIetfVariantAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String text = ThreadRandom.uuid();
            UUID uuid = UUID.fromString(text);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(text);
            assertThat(seen.add(text)).as("a repeated UUID: %s", text).isTrue();
        }
    }

    @Test
    void everyBitOfAUuidButTheFixedOnesVaries() {
        long seenHighOnes = 0;
        long seenHighZeros = 0;
        long seenLowOnes = 0;
        long seenLowZeros = 0;
        for (int i = 0; i < 2_000; i++) {
            UUID uuid = UUID.fromString(ThreadRandom.uuid());
            seenHighOnes |= uuid.getMostSignificantBits();
            seenHighZeros |= ~uuid.getMostSignificantBits();
            seenLowOnes |= uuid.getLeastSignificantBits();
            seenLowZeros |= ~uuid.getLeastSignificantBits();
        }
        long versionBits = 0xF000L;
        long variantBits = 0xC000_0000_0000_0000L;
        assertThat(seenHighOnes & seenHighZeros).as("bits both 0 and 1").isEqualTo(~versionBits);
        assertThat(seenLowOnes & seenLowZeros).as("bits both 0 and 1").isEqualTo(~variantBits);
    }

    @Test
    void eachThreadHasItsOwnDrbg() throws Exception {
        SecureRandom mine = ThreadRandom.current();
        SecureRandom other = CompletableFuture.supplyAsync(ThreadRandom::current).get();

        assertThat(mine.getAlgorithm()).isEqualTo("DRBG");
        assertThat(ThreadRandom.current()).isSameAs(mine);
        assertThat(other).isNotSameAs(mine);
    }
}
