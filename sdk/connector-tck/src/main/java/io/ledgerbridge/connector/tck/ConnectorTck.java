package io.ledgerbridge.connector.tck;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.FailureKind;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The connector TCK: a connector module's test class extends it, starts its target (simulator) and implements the
 * abstract methods; the inherited tests check what every connector must do. See the module's README.md.
 */
public abstract class ConnectorTck extends TckHooks {
    private final Fixture fixture = new Fixture(this);

    @BeforeEach
    final void startProxy() {
        fixture.start();
    }

    @AfterEach
    final void deactivateConnectors() {
        fixture.stop();
    }

    /**
     * The URL of the running target as the connector's settings hold it (e.g. {@code sevdesk.baseUrl()}); the TCK
     * passes {@link #settings(String)} the same URL on its fault proxy. Start the target in a static
     * {@code @BeforeAll} method of the subclass.
     *
     * @return e.g. {@code http://127.0.0.1:54321/api/v1}
     */
    protected abstract String targetUrl();

    /** Brings the target back to its initial state (data, faults, refusals); called before each test. */
    protected abstract void resetTarget();

    /**
     * The connector's own settings (ids of its OCD) of a working connection to the target at {@code baseUrl}.
     *
     * @param baseUrl the target's URL as the connector must call it
     * @return the settings, as ConfigAdmin would hold them
     */
    protected abstract Map<String, Object> settings(String baseUrl);

    /** @return the decrypted PASSWORD attributes of a working connection, e.g. {@code apiToken -> "0123…"} */
    protected abstract Map<String, String> secrets();

    /**
     * Makes the connector as DS activates it for a connection (see {@link Configs#of}), with the given response
     * timeout for its HTTP calls. The TCK deactivates it after the test ({@link #deactivate(Connector)}).
     *
     * @param settings the connection's own settings
     * @param callTimeout how long one HTTP call may wait for the target ({@link #callTimeout()})
     * @return the connector
     */
    protected abstract Connector connector(Map<String, Object> settings, Duration callTimeout);

    /**
     * How often the target created what the export of this document creates: the document itself by its natural
     * key (e.g. its number), and its customer if the connector creates customers, whichever is higher.
     *
     * @param document a document the TCK exported
     * @return 0 before the export, 1 after it, more when something was created twice
     */
    protected abstract long timesCreated(Document document);

    /**
     * Makes the connection's credentials wrong: a wrong token in {@link Setup#secrets()}, or, where credentials live
     * outside Ledgerbridge, the target refusing the caller (answering 401).
     *
     * @param setup a working connection to change
     */
    protected abstract void badCredentials(Setup setup);

    /**
     * Takes a right away that the connection needs (e.g. the target's plan lacks API access); for a target without
     * permissions call {@link Setup#notApplicable(String)} with the reason.
     *
     * @param setup a working connection to change
     */
    protected abstract void missingPermission(Setup setup);

    /**
     * Makes one of the connector's own settings wrong, so that its connection test must fail as CONFIGURATION
     * (e.g. a payment account that does not exist, a malformed URL).
     *
     * @param setup a working connection to change
     */
    protected abstract void wrongSettings(Setup setup);

    /** @return how the target refuses a document's content, in its own error format, with its message */
    protected abstract ErrorReply validationError();

    @Test
    @DisplayName("describe() equals the capability of the connector's feature")
    void describeEqualsTheFeatureCapability() {
        new DefinitionChecks(fixture).describeEqualsTheFeatureCapability();
    }

    @Test
    @DisplayName("the settings definition declares no common setting again")
    void noCommonSettingIsDeclaredAgain() {
        new DefinitionChecks(fixture).noCommonSettingIsDeclaredAgain();
    }

    @Test
    @DisplayName("the README's configuration table matches the settings definition")
    void readmeTableMatchesTheOcd() {
        new DefinitionChecks(fixture).readmeTableMatchesTheOcd();
    }

    @Test
    @DisplayName("every setting of the previous release is kept, common now, or removed with a reason")
    void previousSettingsAreKept() {
        new DefinitionChecks(fixture).previousSettingsAreKept(removedSettings());
    }

    @Test
    @DisplayName("a working connection passes the connection test")
    void aWorkingConnectionPasses() {
        new ConnectionTestChecks(fixture, this).aWorkingConnectionPasses();
    }

    @Test
    @DisplayName("bad credentials fail the connection test as AUTH")
    void badCredentialsAreAuth() {
        new ConnectionTestChecks(fixture, this).failing(FailureKind.AUTH);
    }

    @Test
    @DisplayName("a missing permission fails the connection test as PERMISSION")
    void missingPermissionIsPermission() {
        new ConnectionTestChecks(fixture, this).failing(FailureKind.PERMISSION);
    }

    @Test
    @DisplayName("an unreachable host fails the connection test as UNAVAILABLE")
    void anUnreachableHostIsUnavailable() {
        new ConnectionTestChecks(fixture, this).failing(FailureKind.UNAVAILABLE);
    }

    @Test
    @DisplayName("wrong settings fail the connection test as CONFIGURATION")
    void wrongSettingsAreConfiguration() {
        new ConnectionTestChecks(fixture, this).failing(FailureKind.CONFIGURATION);
    }

    @Test
    @DisplayName("the check of a partner's clients answers every client, in time and without secrets")
    void theClientCheckAnswersEveryClient() {
        new ConnectionTestChecks(fixture, this).theClientCheckAnswersEveryClient();
    }

    @Test
    @DisplayName("each failing connection test has its own message")
    void failuresHaveDistinctMessages() {
        new ConnectionTestChecks(fixture, this).failuresHaveDistinctMessages();
    }

    @Test
    @DisplayName("an export repeated after an uncertain attempt creates nothing twice")
    void aRepeatAfterAnUncertainAttemptCreatesNothingTwice() {
        new ExportChecks(fixture, this).aRepeatAfterAnUncertainAttemptCreatesNothingTwice();
    }

    @Test
    @DisplayName("a response lost at any step of an export creates nothing twice")
    void aLostResponseAtAnyStepCreatesNothingTwice() {
        new ExportChecks(fixture, this).aLostResponseAtAnyStepCreatesNothingTwice();
    }

    @TestFactory
    @DisplayName("HTTP failures of the target become typed outcomes")
    Stream<DynamicTest> httpFailuresBecomeTypedOutcomes() {
        return new ExportChecks(fixture, this).httpFailuresBecomeTypedOutcomes();
    }

    @Test
    @DisplayName("a target that never answers is UNAVAILABLE within the call bound")
    void aTargetThatNeverAnswersIsUnavailableInTime() {
        new ExportChecks(fixture, this).aTargetThatNeverAnswersIsUnavailableInTime();
    }

    @Test
    @DisplayName("no thread is left running after deactivation")
    void noThreadIsLeftAfterDeactivation() {
        new RobustnessChecks(fixture, this).noThreadIsLeftAfterDeactivation();
    }

    @Test
    @DisplayName("secrets never appear in outcome messages, test messages or the log")
    void secretsNeverAppear() {
        new RobustnessChecks(fixture, this).secretsNeverAppear();
    }

    @Test
    @DisplayName("a document with 500 lines gets a clear outcome")
    void aDocumentWith500LinesGetsAClearOutcome() {
        new RobustnessChecks(fixture, this)
                .largeDocumentGetsAClearOutcome("a document with 500 lines", b -> b.lines(500));
    }

    @Test
    @DisplayName("a 10 MiB attachment gets a clear outcome")
    void aTenMebibyteAttachmentGetsAClearOutcome() {
        new RobustnessChecks(fixture, this).aTenMebibyteAttachmentGetsAClearOutcome();
    }

    @Test
    @DisplayName("import: two reads from the same cursor give the same documents")
    void twoReadsFromTheSameCursorGiveTheSameDocuments() {
        new ImportChecks(fixture, this).twoReadsFromTheSameCursorGiveTheSameDocuments();
    }

    @Test
    @DisplayName("import: a cursor from the future yields nothing and no error")
    void aCursorFromTheFutureYieldsNothing() {
        new ImportChecks(fixture, this).aCursorFromTheFutureYieldsNothing();
    }

    @Test
    @DisplayName("import: paging never skips or repeats a document")
    void pagingNeverSkipsOrRepeats() {
        new ImportChecks(fixture, this).pagingNeverSkipsOrRepeats();
    }
}
