package io.ledgerbridge.connector.tck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerbridge.connector.tck.reference.ReferenceConnector.Bug;
import io.ledgerbridge.connector.tck.reference.ReferenceModule.Variant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Every check of the TCK can fail: the reference connector with one mistake fails exactly the checks for it. */
class TckFailuresTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(WrongVendor.class, Set.of("describeEqualsTheFeatureCapability()")),
                Arguments.of(
                        CommonSettingAgain.class,
                        Set.of("noCommonSettingIsDeclaredAgain()", "readmeTableMatchesTheOcd()")),
                Arguments.of(ReadmeDrift.class, Set.of("readmeTableMatchesTheOcd()")),
                Arguments.of(SettingDropped.class, Set.of("previousSettingsAreKept()")),
                Arguments.of(SameTestMessage.class, Set.of("failuresHaveDistinctMessages()")),
                Arguments.of(
                        UnreachableAsConfiguration.class,
                        Set.of(
                                "anUnreachableHostIsUnavailable()",
                                "failuresHaveDistinctMessages()",
                                "aTargetThatNeverAnswersIsUnavailableInTime()",
                                "httpFailuresBecomeTypedOutcomes()[5]",
                                "aLostResponseAtAnyStepCreatesNothingTwice()")),
                Arguments.of(
                        NoLookup.class,
                        Set.of(
                                "aRepeatAfterAnUncertainAttemptCreatesNothingTwice()",
                                "aLostResponseAtAnyStepCreatesNothingTwice()")),
                Arguments.of(IgnoresRetryAfter.class, Set.of("httpFailuresBecomeTypedOutcomes()[6]")),
                Arguments.of(
                        NoTimeout.class,
                        Set.of("aTargetThatNeverAnswersIsUnavailableInTime()", "noThreadIsLeftAfterDeactivation()")),
                Arguments.of(ThreadLeft.class, Set.of("noThreadIsLeftAfterDeactivation()")),
                Arguments.of(SecretInMessage.class, Set.of("secretsNeverAppear()")),
                Arguments.of(SecretInLog.class, Set.of("secretsNeverAppear()")),
                Arguments.of(ThrowsOnLarge.class, Set.of("aDocumentWith500LinesGetsAClearOutcome()")),
                Arguments.of(ClientCheckDropsClients.class, Set.of("theClientCheckAnswersEveryClient()")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aConnectorWithOneMistakeFailsItsChecks(Class<?> suite, Set<String> expected) {
        Map<String, TestExecutionResult.Status> results = run(suite);
        Set<String> failed = new TreeSet<>();
        results.forEach((test, status) -> {
            if (status == TestExecutionResult.Status.FAILED) {
                failed.add(test);
            }
        });
        assertEquals(new TreeSet<>(expected), failed, () -> "results: " + results);
    }

    private static Map<String, TestExecutionResult.Status> run(Class<?> suite) {
        Map<String, TestExecutionResult.Status> results = new TreeMap<>();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(DiscoverySelectors.selectClass(suite))
                                .build(),
                        new TestExecutionListener() {
                            @Override
                            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                                if (id.isTest()) {
                                    results.put(id.getLegacyReportingName(), result.getStatus());
                                }
                            }
                        });
        return results;
    }

    /** A reference run with one bug. */
    abstract static class WithBug extends ReferenceTckTest {
        private final Bug bug;

        WithBug(Bug bug) {
            this.bug = bug;
        }

        @Override
        protected Set<Bug> bugs() {
            return Set.of(bug);
        }
    }

    /** A reference run with one mistake in its module's files. */
    abstract static class WithVariant extends ReferenceTckTest {
        private final Variant variant;

        WithVariant(Variant variant) {
            this.variant = variant;
        }

        @Override
        protected Variant variant() {
            return variant;
        }
    }

    static class WrongVendor extends WithBug {
        WrongVendor() {
            super(Bug.WRONG_VENDOR);
        }
    }

    static class CommonSettingAgain extends WithVariant {
        CommonSettingAgain() {
            super(Variant.COMMON_SETTING_AGAIN);
        }
    }

    static class ReadmeDrift extends WithVariant {
        ReadmeDrift() {
            super(Variant.README_DRIFT);
        }
    }

    static class SettingDropped extends WithVariant {
        SettingDropped() {
            super(Variant.SETTING_DROPPED);
        }
    }

    static class SameTestMessage extends WithBug {
        SameTestMessage() {
            super(Bug.SAME_TEST_MESSAGE);
        }
    }

    static class UnreachableAsConfiguration extends WithBug {
        UnreachableAsConfiguration() {
            super(Bug.UNREACHABLE_AS_CONFIGURATION);
        }
    }

    static class NoLookup extends WithBug {
        NoLookup() {
            super(Bug.NO_LOOKUP);
        }
    }

    static class IgnoresRetryAfter extends WithBug {
        IgnoresRetryAfter() {
            super(Bug.IGNORES_RETRY_AFTER);
        }
    }

    static class NoTimeout extends WithBug {
        NoTimeout() {
            super(Bug.NO_TIMEOUT);
        }
    }

    static class ThreadLeft extends WithBug {
        ThreadLeft() {
            super(Bug.THREAD_LEFT);
        }
    }

    static class SecretInMessage extends WithBug {
        SecretInMessage() {
            super(Bug.SECRET_IN_MESSAGE);
        }
    }

    static class SecretInLog extends WithBug {
        SecretInLog() {
            super(Bug.SECRET_IN_LOG);
        }
    }

    static class ThrowsOnLarge extends WithBug {
        ThrowsOnLarge() {
            super(Bug.THROWS_ON_LARGE);
        }
    }

    static class ClientCheckDropsClients extends WithBug {
        ClientCheckDropsClients() {
            super(Bug.CLIENT_CHECK_DROPS_CLIENTS);
        }
    }
}
