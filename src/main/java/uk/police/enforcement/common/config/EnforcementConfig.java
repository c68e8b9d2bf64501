package uk.police.enforcement.common.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
/**
 * The service's own settings ({@code enforcement.*}, or {@code ENFORCEMENT_*} in the environment), each
 * default written here once. README.md's environment table lists the ones operators set.
 */
@ConfigMapping(prefix = "enforcement")
public interface EnforcementConfig {

    /** Policing area codes that actions may name (ENFORCEMENT_AREAS; by default Cumbria's three). */
    @WithDefault("NORTH,SOUTH,WEST")
    List<String> areas();

    /** Notice type codes that notices may carry (ENFORCEMENT_NOTICE_TYPES), in the order figures list them. */
    @WithDefault("CEASE_AND_DESIST,CHILD_ABDUCTION_WARNING_NOTICE,WARNING_LETTER,OTHER")
    List<String> noticeTypes();

    /**
     * The Home Office offence classification codes an action may carry, each with the offence category it
     * belongs to, as CODE=CATEGORY pairs (ENFORCEMENT_OFFENCE_CODES), in the order breakdowns list them.
     */
    @WithDefault("86/2=IIOC_MAKING,86/10=IIOC_POSSESSION,86/15=IIOC_POSSESSION")
    List<String> offenceCodes();

    default CodeList areaCodes() {
        return new CodeList(areas());
    }

    default CodeList noticeTypeCodes() {
        return new CodeList(noticeTypes());
    }

    /** The unit this service records for, as partners see it named (e.g. on a notice's transitions). */
    @WithDefault("Cyber and Digital Crime Unit")
    String unitName();

    Partners partners();

    Notices notices();

    Exports exports();

    Http http();

    RateLimit rateLimit();

    Idempotency idempotency();

    EmbeddedDb embeddedDb();

    Auth auth();

    Totals totals();

    Summaries summaries();

    Audit audit();

    Changes changes();

    Webhooks webhooks();

    Retention retention();

    Publications publications();

    Referrals referrals();

    Crimes crimes();

    Devices devices();

    /** The exhibit register (the device package). */
    interface Devices {
        /** The kinds of device seized. */
        @WithDefault("PHONE,COMPUTER,TABLET,STORAGE_MEDIA,GAMES_CONSOLE,OTHER")
        List<String> kinds();

        /** How soon a device should be examined; the first is the most urgent. */
        @WithDefault("SAFEGUARDING,HIGH,STANDARD")
        List<String> priorities();

        /** The priority of a device registered without one. */
        @WithDefault("STANDARD")
        String defaultPriority();

        /**
         * Where the backlog's age bands since seizure divide, as ISO 8601 periods in whole months, increasing: by
         * default 0-3, 3-6, 6-12 and over 12 months.
         */
        @WithDefault("P3M,P6M,P12M")
        List<String> ageBands();
    }

    /** Referrals and their clocks (the referral package). */
    interface Referrals {
        /** Where referrals come from: the NCA's CEOP command passes on most. */
        @WithDefault("NCA_CEOP,OTHER_FORCE,OWN_INTELLIGENCE,PARTNER_AGENCY,OTHER")
        List<String> sources();

        /** The tools risk assessments use (KIRAT: the Kent Internet Risk Assessment Tool). */
        @WithDefault("KIRAT,OTHER")
        List<String> riskTools();

        /**
         * The target per grade for the time from receipt to the first enforcement action, as GRADE=DURATION pairs
         * (ISO 8601; elapsed time): the response times HMICFRS's 2023 inspection cites.
         */
        @WithDefault("VERY_HIGH=P1D,HIGH=P7D,MEDIUM=P14D,LOW=P30D")
        List<String> targets();

        /** Why a referral may be closed. */
        @WithDefault("CHARGED,OTHER_OUTCOME,NO_OFFENCE_IDENTIFIED,TRANSFERRED_OUT_OF_AREA,INSUFFICIENT_INFORMATION,"
                + "DUPLICATE,OTHER")
        List<String> closureReasons();
    }

    /** Crimes and their outcomes (the crime package). */
    interface Crimes {
        /**
         * The outcome types a crime may have, as TYPE=TITLE pairs in order: by default the Home Office Counting
         * Rules' outcome types 1 to 22 with their titles (a comma inside a title is written \\,).
         */
        @WithDefault("1=Charged/Summonsed,2=Caution - youths,3=Caution - adults,4=Taken into consideration,"
                + "5=The offender has died,6=Penalty Notice for Disorder,7=Cannabis/Khat warning,8=Community Resolution,"
                + "9=Prosecution not in the public interest (CPS),"
                + "10=Formal action against the offender is not in the public interest (police),"
                + "11=Prosecution prevented - named suspect identified but is below the age of criminal responsibility,"
                + "12=Prosecution prevented - named suspect identified but is too ill (physical or mental health) to "
                + "prosecute,"
                + "13=Prosecution prevented - named suspect identified but victim or key witness is dead or too ill to "
                + "give evidence,"
                + "14=Evidential difficulties: suspect not identified; victim does not support further action,"
                + "15=Evidential difficulties: suspect identified; victim supports action,"
                + "16=Evidential difficulties: suspect identified; victim does not support further action,"
                + "17=Prosecution time limit expired: suspect identified but time limit for prosecution expired,"
                + "18=Investigation complete - no suspect identified,19=National Fraud Intelligence Bureau filed,"
                + "20=Further action resulting from the crime report will be undertaken by another body or agency,"
                + "21=Further investigation to support formal action not in the public interest,"
                + "22=Diversionary\\, educational or intervention activity\\, resulting from the crime report\\, has "
                + "been undertaken and it is not in the public interest to take any further action")
        List<String> outcomeTypes();
    }

    /** Publications: figures frozen for release (the publication package). */
    interface Publications {
        /**
         * Numbers from 1 to one below this are suppressed in a publication (FOIA s.40(2): small numbers that could
         * identify someone); 0 suppresses nothing.
         */
        @WithDefault("5")
        int suppressionThreshold();

        /** The threshold of a figure, by its name, where it differs from the default (0: that figure is never suppressed). */
        Map<String, Integer> suppressionThresholds();

        /** How often the drift of published publications is checked and announced on the change feed. */
        @WithDefault("PT1M")
        Duration driftCheckInterval();
    }

    interface Partners {
        /**
         * Whether a partner agency's users see the subject and user name of the officer behind each step of a
         * notice; by default they see the unit (data minimisation, DPA 2018 s.37).
         */
        @WithDefault("false")
        boolean showOfficerIdentity();
    }

    /** What each notice type needs and may cite (NoticeBodyRules). */
    interface Notices {
        /**
         * Notice types the police issue themselves, for which a partner agency is optional: a Child Abduction
         * Warning Notice is the police's own (non-statutory) notice.
         */
        @WithDefault("CHILD_ABDUCTION_WARNING_NOTICE")
        List<String> policeIssuedTypes();

        /**
         * The legislation each notice type may cite, as TYPE=LEGISLATION LEGISLATION ... pairs (a type not listed
         * may cite any): Cease and Desist notices the Computer Misuse Act, a CAWN its own context.
         */
        @WithDefault("CEASE_AND_DESIST=CMA_1990_S1 CMA_1990_S2 CMA_1990_S3 CMA_1990_S3ZA CMA_1990_S3A OTHER,"
                + "CHILD_ABDUCTION_WARNING_NOTICE=CAA_1984_S2 CA_1989_S49 OTHER")
        List<String> legislation();

        /**
         * Labels a partner's paperwork gives legislation, as LABEL=LEGISLATION pairs: the NCA's Cyber Choices text
         * calls CMA 1990 s.3ZA and s.3A "section 4" and "section 5".
         */
        @WithDefault("section 4=CMA_1990_S3ZA,section 5=CMA_1990_S3A")
        List<String> legislationAliases();
    }

    /** Bulk exports (see BulkDisclosure). */
    interface Exports {
        /** The longest period an ordinary reader may export at once. */
        @WithDefault("P31D")
        Duration maxPeriod();

        /** The most records an ordinary reader may export at once. */
        @WithDefault("10000")
        long maxRows();

        /** Calling systems (token azp or client_id) registered for bulk disclosure. */
        Optional<List<String>> bulkClients();

        /**
         * The recipient registered for each calling system, as client-id=recipient (e.g.
         * enforcement.exports.recipients.performance-dashboard=Force performance team): used when an export
         * names none.
         */
        Map<String, String> recipients();
    }

    interface Http {
        /** Largest request body accepted; a larger one gets a 413 problem. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second allowed to one client, per instance. */
        @WithDefault("100")
        double requestsPerSecond();

        /** Requests a client may send at once before the sustained rate applies. */
        @WithDefault("200")
        int burst();
    }

    interface Idempotency {
        /** How long a used Idempotency-Key is remembered. */
        @WithDefault("PT24H")
        Duration retention();
    }

    /**
     * The PostgreSQL the service starts itself when no datasource URL is configured. Read before the
     * mapping exists (by a config source), hence the constants.
     */
    interface EmbeddedDb {
        String ENABLED = "enforcement.embedded-db.enabled";
        String DATA_DIR = "enforcement.embedded-db.data-dir";
        String DEFAULT_DATA_DIR = ".data/postgres";

        @WithDefault("true")
        boolean enabled();

        /** Kept across restarts; out of the source tree's way and ignored by git. */
        @WithDefault(DEFAULT_DATA_DIR)
        String dataDir();
    }

    interface Auth {
        DevTokens devTokens();

        interface DevTokens {
            /** How long the tokens that dev mode prints stay valid. */
            @WithDefault("PT12H")
            Duration lifetime();
        }
    }

    interface Audit {
        /**
         * The purpose registered for each calling client (its token's {@code azp} or {@code client_id}),
         * e.g. {@code enforcement.audit.purposes.performance-dashboard=Monthly performance reporting}: the
         * justification logged for its consultations when a request sends no Justification header.
         */
        Map<String, String> purposes();
    }

    interface Totals {
        /** How often the deltas writers append are folded into the daily totals that summaries read. */
        @WithDefault("PT1S")
        Duration foldInterval();
    }

    interface Summaries {
        /**
         * Figures counted at once on one instance (summaries and their CSV, time series, breakdowns, a publication's
         * drift); more wait for a turn. Each holds a database connection and may read a year of records: more at
         * once than the pool can spare starved every other request (and overran a 128 MB heap).
         */
        @WithDefault("2")
        int concurrentCounts();

        /** How long a count waits for its turn before a 503 (the instance is saturated: retry, or another). */
        @WithDefault("PT20S")
        Duration turnWait();

        /**
         * Counts of a period kept to answer again while nothing they count has changed (FigureCache), the least
         * recently asked dropped first; 0 counts every request from the records.
         */
        @WithDefault("64")
        int cachedFigures();
    }

    interface Changes {
        /** The CloudEvents {@code source} of the change feed's entries (a URI reference naming this service). */
        @WithDefault("/api/v2")
        String source();

        /** Long polls that may wait at once on one instance; beyond them, a request answers at once. */
        @WithDefault("64")
        int maxWaiting();

        /**
         * How long the feed keeps an entry: older ones are pruned (a prefix of the feed, in bounded batches), and a
         * cursor before the last one pruned is answered 410 (resynchronise from an export's Feed-Position).
         */
        @WithDefault("P90D")
        Duration retention();
    }

    interface Webhooks {
        /** Whether this instance delivers webhooks (subscriptions can be managed either way). */
        @WithDefault("true")
        boolean enabled();

        /** Only https receivers; dev mode and the tests also accept plain http. */
        @WithDefault("true")
        boolean requireHttps();

        /**
         * Networks (CIDR, e.g. 10.20.0.0/16) whose loopback, link-local, private or otherwise internal
         * addresses receivers may have; every other such address is refused.
         */
        Optional<List<String>> allowedNetworks();

        /** How long one delivery may take, connecting included, before it counts as failed. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Subscriptions delivered at once by one instance: each holds one delivery thread. */
        @WithDefault("8")
        int maxConcurrent();

        /** How long a claim on a subscription lasts unless renewed; a crashed instance's claim lapses after it. */
        @WithDefault("PT60S")
        Duration lease();

        /** How often an instance looks for work when no change notification wakes it. */
        @WithDefault("PT1S")
        Duration pollInterval();

        Retry retry();

        interface Retry {
            /** The wait after the first failure; each further failure doubles it (with jitter). */
            @WithDefault("PT5S")
            Duration initialDelay();

            @WithDefault("PT1H")
            Duration maxDelay();

            /** How long after the first failure deliveries are retried before the subscription is FAILING. */
            @WithDefault("PT24H")
            Duration horizon();
        }
    }

    /**
     * The review schedule (MoPI): a starting policy that a force confirms; README "Review and disposal" says
     * where each default comes from.
     */
    interface Retention {
        /**
         * The retention group of an action by its offence category, as CATEGORY=GROUP pairs; a category not
         * listed is GROUP_3.
         */
        @WithDefault("IIOC_MAKING=GROUP_1,IIOC_POSSESSION=GROUP_1,IIOC_DISTRIBUTION=GROUP_1,"
                + "ONLINE_CHILD_SEXUAL_EXPLOITATION=GROUP_1,COMPUTER_MISUSE=GROUP_3,OTHER=GROUP_3")
        List<String> offenceGroups();

        /**
         * The group of operations: corporate records, which follow the force's retention schedule for such
         * records (NPCC minimum standards), not the review groups for records about individuals.
         */
        @WithDefault("CORPORATE")
        String operationGroup();

        /**
         * The group of a notice by its notice type, as TYPE=GROUP pairs: a notice's group follows its legislation
         * (a Cease and Desist notice is Computer Misuse Act work, not an indecent-images matter).
         */
        @WithDefault("CEASE_AND_DESIST=GROUP_3,CHILD_ABDUCTION_WARNING_NOTICE=GROUP_1,WARNING_LETTER=GROUP_3,OTHER=GROUP_3")
        List<String> noticeGroups();

        /** The group of a notice whose type notice-groups does not list. */
        @WithDefault("GROUP_3")
        String noticeGroup();

        /**
         * How long after it is recorded a record of each group is due for review, as GROUP=PERIOD pairs
         * (CORPORATE: the force's schedule for corporate records).
         */
        @WithDefault("GROUP_1=P10Y,GROUP_2=P10Y,GROUP_3=P6Y,CORPORATE=P6Y")
        List<String> reviewPeriods();

        /** How long after its creation a record made in error may still be deleted; later, only disposal. */
        @WithDefault("P7D")
        Duration deleteGracePeriod();
    }
}
