package be.hotline.gateway.followup;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.dispatch.TestRegistry;
import be.hotline.gateway.simulator.PartnerSimulator;
import be.hotline.gateway.support.OffsetClock;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;

/**
 * The follow-up tests' gateway: a clock they can move, and a registry with the police (case number confidential),
 * our case management (news to a simulator of its own), NL (INHOPE XML, with a feedbackUrl) and DE (JSON, with a
 * feedbackUrl and a 24 h ack deadline).
 */
abstract class FollowUpTestSupport extends DeliveryTestSupport {

    final OffsetClock clock = new OffsetClock();
    final PartnerSimulator caseManagement = PartnerSimulator.start("cm", pki, "/cm/v1/never-sent-reports");

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        Path registry = folder.resolve("partners-follow-up.yaml");
        String demoCa = DEMO_ROOT_CA.toAbsolutePath().toString();
        String serverCa = pki.partnersCaPem().toAbsolutePath().toString();
        write(registry, new TestRegistry(demoCa)
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", serverCa, "", ", confidentialFeedback: [caseNumber]" + TestRegistry.ONLY_POLICE_SERVICE)
                .newsReceiver("case-management", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE",
                        caseManagement.feedbackUrl(), serverCa)
                .receiver("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", nl.url(), "INHOPE_XML",
                        serverCa, ", feedbackUrl: \"" + nl.feedbackUrl() + "\"")
                .receiver("de-hotline", "HOTLINE", "DE", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE", de.url(), "JSON", serverCa,
                        ", feedbackUrl: \"" + de.feedbackUrl() + "\", ackDeadline: PT24H")
                .yaml());
        properties.setProperty("gateway.partners.file", registry.toString());
        return properties;
    }

    @AfterAll
    void stopCaseManagementSimulator() {
        caseManagement.close();
    }
}
