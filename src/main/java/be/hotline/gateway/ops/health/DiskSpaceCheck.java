package be.hotline.gateway.ops.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Free space where the gateway writes (embedded H2 and logs live under the working directory). */
public final class DiskSpaceCheck extends AbstractHealthCheck {

    private final Path path;
    private final long minFreeBytes;

    public DiskSpaceCheck(Path path, long minFreeBytes) {
        super("gateway", "disk-space");
        this.path = path;
        this.minFreeBytes = minFreeBytes;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            long free = Files.getFileStore(path).getUsableSpace();
            String detail = free / (1024 * 1024) + " MiB free, at least " + minFreeBytes / (1024 * 1024) + " MiB needed";
            (free >= minFreeBytes ? builder.up() : builder.down()).message(detail);
        } catch (IOException e) {
            builder.down().message("cannot read free space: " + e.getMessage());
        }
    }
}
