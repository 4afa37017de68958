using Microsoft.EntityFrameworkCore.Migrations;

namespace CleanPlatform.Infrastructure.Persistence.Quartz;

/// <summary>
/// The tables Quartz.NET 4.x's persistent, clustered <c>AdoJobStore</c> reads and writes, created by our
/// own EF Core migrations so that a database is ready before the scheduler starts (Quartz is configured to
/// validate the schema, not to create it).
/// </summary>
/// <remarks>
/// <para>
/// Layout follows the job store of the Quartz package we reference (4.7.x): the eleven classic tables
/// (job details, triggers and the four trigger detail tables, calendars, paused trigger groups, fired
/// triggers, scheduler state, locks), the paused job groups table and the trigger, fired-trigger and
/// scheduler-state columns added during 4.x (execution groups, preferred node, retry policy,
/// continuations, overlap policy, pause reason, misfire threshold, fixed delay, progress, interrupt
/// requests, Quartz version), and the three execution history tables used when the store keeps its
/// history in the database. Times are stored as .NET ticks in 64-bit integers, serialized data as binary.
/// </para>
/// <para>
/// Names: lower-case <c>qrtz_</c> on PostgreSQL, upper-case <c>QRTZ_</c> on SQL Server, which are the
/// default table prefix of the job store in each database's usual casing. Index names match Quartz's own
/// so its schema validation recognises them. Every statement is a constant string.
/// </para>
/// </remarks>
internal static class QuartzSchema
{
    // ---------------------------------------------------------------- PostgreSQL

    private static readonly string[] PostgresCreate =
    [
        """
        CREATE TABLE qrtz_job_details (
            sched_name        TEXT    NOT NULL,
            job_name          TEXT    NOT NULL,
            job_group         TEXT    NOT NULL,
            description       TEXT    NULL,
            job_class_name    TEXT    NOT NULL,
            is_durable        BOOLEAN NOT NULL,
            is_nonconcurrent  BOOLEAN NOT NULL,
            is_update_data    BOOLEAN NOT NULL,
            requests_recovery BOOLEAN NOT NULL,
            job_data          BYTEA   NULL,
            CONSTRAINT pk_qrtz_job_details PRIMARY KEY (sched_name, job_name, job_group)
        );
        """,
        """
        CREATE TABLE qrtz_triggers (
            sched_name             TEXT         NOT NULL,
            trigger_name           TEXT         NOT NULL,
            trigger_group          TEXT         NOT NULL,
            job_name               TEXT         NOT NULL,
            job_group              TEXT         NOT NULL,
            description            TEXT         NULL,
            next_fire_time         BIGINT       NULL,
            prev_fire_time         BIGINT       NULL,
            priority               INTEGER      NULL,
            trigger_state          TEXT         NOT NULL,
            trigger_type           TEXT         NOT NULL,
            start_time             BIGINT       NOT NULL,
            end_time               BIGINT       NULL,
            calendar_name          TEXT         NULL,
            misfire_instr          SMALLINT     NULL,
            misfire_orig_fire_time BIGINT       NULL,
            execution_group        VARCHAR(200) NULL,
            preferred_node         VARCHAR(200) NULL,
            preferred_node_auto    BOOLEAN      NOT NULL DEFAULT FALSE,
            retry_policy           VARCHAR(250) NULL,
            retry_attempt          INTEGER      NULL,
            continues_trigger_name  TEXT        NULL,
            continues_trigger_group TEXT        NULL,
            continuation_condition INTEGER      NULL,
            overlap_policy         INTEGER      NULL,
            pause_reason           VARCHAR(250) NULL,
            paused_by              VARCHAR(200) NULL,
            paused_at              BIGINT       NULL,
            misfire_threshold      BIGINT       NULL,
            fixed_delay            BOOLEAN      NULL,
            job_data               BYTEA        NULL,
            CONSTRAINT pk_qrtz_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_triggers_qrtz_job_details FOREIGN KEY (sched_name, job_name, job_group)
                REFERENCES qrtz_job_details (sched_name, job_name, job_group)
        );
        """,
        """
        CREATE TABLE qrtz_simple_triggers (
            sched_name      TEXT   NOT NULL,
            trigger_name    TEXT   NOT NULL,
            trigger_group   TEXT   NOT NULL,
            repeat_count    BIGINT NOT NULL,
            repeat_interval BIGINT NOT NULL,
            times_triggered BIGINT NOT NULL,
            CONSTRAINT pk_qrtz_simple_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_simple_triggers_qrtz_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        );
        """,
        """
        CREATE TABLE qrtz_simprop_triggers (
            sched_name    TEXT    NOT NULL,
            trigger_name  TEXT    NOT NULL,
            trigger_group TEXT    NOT NULL,
            str_prop_1    TEXT    NULL,
            str_prop_2    TEXT    NULL,
            str_prop_3    TEXT    NULL,
            int_prop_1    INTEGER NULL,
            int_prop_2    INTEGER NULL,
            long_prop_1   BIGINT  NULL,
            long_prop_2   BIGINT  NULL,
            dec_prop_1    NUMERIC NULL,
            dec_prop_2    NUMERIC NULL,
            bool_prop_1   BOOLEAN NULL,
            bool_prop_2   BOOLEAN NULL,
            time_zone_id  TEXT    NULL,
            CONSTRAINT pk_qrtz_simprop_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_simprop_triggers_qrtz_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        );
        """,
        """
        CREATE TABLE qrtz_cron_triggers (
            sched_name      TEXT NOT NULL,
            trigger_name    TEXT NOT NULL,
            trigger_group   TEXT NOT NULL,
            cron_expression TEXT NOT NULL,
            time_zone_id    TEXT NULL,
            CONSTRAINT pk_qrtz_cron_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_cron_triggers_qrtz_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        );
        """,
        """
        CREATE TABLE qrtz_blob_triggers (
            sched_name    TEXT  NOT NULL,
            trigger_name  TEXT  NOT NULL,
            trigger_group TEXT  NOT NULL,
            blob_data     BYTEA NULL,
            CONSTRAINT pk_qrtz_blob_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
            CONSTRAINT fk_qrtz_blob_triggers_qrtz_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        );
        """,
        """
        CREATE TABLE qrtz_calendars (
            sched_name    TEXT  NOT NULL,
            calendar_name TEXT  NOT NULL,
            calendar      BYTEA NOT NULL,
            CONSTRAINT pk_qrtz_calendars PRIMARY KEY (sched_name, calendar_name)
        );
        """,
        """
        CREATE TABLE qrtz_paused_trigger_grps (
            sched_name    TEXT         NOT NULL,
            trigger_group TEXT         NOT NULL,
            pause_reason  VARCHAR(250) NULL,
            paused_by     VARCHAR(200) NULL,
            paused_at     BIGINT       NULL,
            CONSTRAINT pk_qrtz_paused_trigger_grps PRIMARY KEY (sched_name, trigger_group)
        );
        """,
        """
        CREATE TABLE qrtz_paused_job_grps (
            sched_name   TEXT         NOT NULL,
            job_group    TEXT         NOT NULL,
            pause_reason VARCHAR(250) NULL,
            paused_by    VARCHAR(200) NULL,
            paused_at    BIGINT       NULL,
            CONSTRAINT pk_qrtz_paused_job_grps PRIMARY KEY (sched_name, job_group)
        );
        """,
        """
        CREATE TABLE qrtz_fired_triggers (
            sched_name               TEXT         NOT NULL,
            entry_id                 TEXT         NOT NULL,
            trigger_name             TEXT         NOT NULL,
            trigger_group            TEXT         NOT NULL,
            instance_name            TEXT         NOT NULL,
            fired_time               BIGINT       NOT NULL,
            sched_time               BIGINT       NOT NULL,
            priority                 INTEGER      NOT NULL,
            state                    TEXT         NOT NULL,
            job_name                 TEXT         NULL,
            job_group                TEXT         NULL,
            is_nonconcurrent         BOOLEAN      NOT NULL,
            requests_recovery        BOOLEAN      NULL,
            execution_group          VARCHAR(200) NULL,
            progress                 INTEGER      NULL,
            progress_message         VARCHAR(250) NULL,
            interrupt_requested_time BIGINT       NULL,
            CONSTRAINT pk_qrtz_fired_triggers PRIMARY KEY (sched_name, entry_id)
        );
        """,
        """
        CREATE TABLE qrtz_scheduler_state (
            sched_name        TEXT        NOT NULL,
            instance_name     TEXT        NOT NULL,
            last_checkin_time BIGINT      NOT NULL,
            checkin_interval  BIGINT      NOT NULL,
            quartz_version    VARCHAR(20) NULL,
            CONSTRAINT pk_qrtz_scheduler_state PRIMARY KEY (sched_name, instance_name)
        );
        """,
        """
        CREATE TABLE qrtz_locks (
            sched_name TEXT NOT NULL,
            lock_name  TEXT NOT NULL,
            CONSTRAINT pk_qrtz_locks PRIMARY KEY (sched_name, lock_name)
        );
        """,
        """
        CREATE TABLE qrtz_execution_history (
            sched_name          TEXT    NOT NULL,
            entry_id            TEXT    NOT NULL,
            instance_name       TEXT    NOT NULL,
            job_name            TEXT    NOT NULL,
            job_group           TEXT    NOT NULL,
            trigger_name        TEXT    NOT NULL,
            trigger_group       TEXT    NOT NULL,
            fired_time          BIGINT  NOT NULL,
            run_time            BIGINT  NOT NULL,
            succeeded           BOOLEAN NOT NULL,
            error_message       TEXT    NULL,
            retry_attempt       INTEGER NOT NULL DEFAULT 0,
            retry_scheduled     BOOLEAN NOT NULL DEFAULT FALSE,
            execution_log       TEXT    NULL,
            result              INTEGER NULL,
            summary             TEXT    NULL,
            metrics             TEXT    NULL,
            manual              BOOLEAN NULL,
            fire_instance_id    TEXT    NULL,
            job_input           TEXT    NULL,
            job_input_too_large BOOLEAN NULL,
            CONSTRAINT pk_qrtz_execution_history PRIMARY KEY (sched_name, entry_id)
        );
        """,
        """
        CREATE TABLE qrtz_misfire_history (
            sched_name    TEXT    NOT NULL,
            entry_id      TEXT    NOT NULL,
            instance_name TEXT    NOT NULL,
            trigger_name  TEXT    NOT NULL,
            trigger_group TEXT    NOT NULL,
            job_name      TEXT    NULL,
            job_group     TEXT    NULL,
            misfire_time  BIGINT  NOT NULL,
            sched_time    BIGINT  NULL,
            reason        INTEGER NULL,
            CONSTRAINT pk_qrtz_misfire_history PRIMARY KEY (sched_name, entry_id)
        );
        """,
        """
        CREATE TABLE qrtz_job_status (
            sched_name           TEXT    NOT NULL,
            job_group            TEXT    NOT NULL,
            job_name             TEXT    NOT NULL,
            first_fired_time     BIGINT  NOT NULL,
            last_fired_time      BIGINT  NOT NULL,
            last_result          INTEGER NOT NULL,
            last_run_time        BIGINT  NOT NULL,
            last_instance_name   TEXT    NOT NULL,
            last_entry_id        TEXT    NULL,
            last_summary         TEXT    NULL,
            last_success_time    BIGINT  NULL,
            last_failure_time    BIGINT  NULL,
            last_failure_message TEXT    NULL,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            run_count            BIGINT  NOT NULL DEFAULT 0,
            failure_count        BIGINT  NOT NULL DEFAULT 0,
            CONSTRAINT pk_qrtz_job_status PRIMARY KEY (sched_name, job_group, job_name)
        );
        """,
        "CREATE INDEX idx_qrtz_j_g_n ON qrtz_job_details (sched_name, job_group, job_name);",
        "CREATE INDEX idx_qrtz_t_j ON qrtz_triggers (sched_name, job_name, job_group);",
        "CREATE INDEX idx_qrtz_t_g_n ON qrtz_triggers (sched_name, trigger_group, trigger_name);",
        "CREATE INDEX idx_qrtz_t_c ON qrtz_triggers (sched_name, calendar_name);",
        "CREATE INDEX idx_qrtz_t_nft_st ON qrtz_triggers (sched_name, trigger_state, next_fire_time ASC, priority DESC, misfire_instr);",
        "CREATE INDEX idx_qrtz_ft_inst_job_req_rcvry ON qrtz_fired_triggers (sched_name, instance_name, requests_recovery);",
        "CREATE INDEX idx_qrtz_ft_j_g ON qrtz_fired_triggers (sched_name, job_name, job_group);",
        "CREATE INDEX idx_qrtz_ft_t_g ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group);",
        "CREATE INDEX idx_qrtz_eh_fired_time ON qrtz_execution_history (sched_name, fired_time);",
        "CREATE INDEX idx_qrtz_eh_inst ON qrtz_execution_history (sched_name, instance_name);",
        "CREATE INDEX idx_qrtz_eh_job_time ON qrtz_execution_history (sched_name, job_group, job_name, fired_time);",
        "CREATE INDEX idx_qrtz_eh_fire_inst ON qrtz_execution_history (sched_name, fire_instance_id);",
        "CREATE INDEX idx_qrtz_eh_trig_time ON qrtz_execution_history (sched_name, trigger_group, trigger_name, fired_time);",
        "CREATE INDEX idx_qrtz_mh_misfire_time ON qrtz_misfire_history (sched_name, misfire_time);",
        "CREATE INDEX idx_qrtz_mh_inst ON qrtz_misfire_history (sched_name, instance_name);",
    ];

    // Children before parents; dropping a table drops its indexes.
    private static readonly string[] PostgresDrop =
    [
        "DROP TABLE IF EXISTS qrtz_job_status;",
        "DROP TABLE IF EXISTS qrtz_misfire_history;",
        "DROP TABLE IF EXISTS qrtz_execution_history;",
        "DROP TABLE IF EXISTS qrtz_locks;",
        "DROP TABLE IF EXISTS qrtz_scheduler_state;",
        "DROP TABLE IF EXISTS qrtz_fired_triggers;",
        "DROP TABLE IF EXISTS qrtz_paused_job_grps;",
        "DROP TABLE IF EXISTS qrtz_paused_trigger_grps;",
        "DROP TABLE IF EXISTS qrtz_calendars;",
        "DROP TABLE IF EXISTS qrtz_blob_triggers;",
        "DROP TABLE IF EXISTS qrtz_cron_triggers;",
        "DROP TABLE IF EXISTS qrtz_simprop_triggers;",
        "DROP TABLE IF EXISTS qrtz_simple_triggers;",
        "DROP TABLE IF EXISTS qrtz_triggers;",
        "DROP TABLE IF EXISTS qrtz_job_details;",
    ];

    // ---------------------------------------------------------------- SQL Server

    private static readonly string[] SqlServerCreate =
    [
        """
        CREATE TABLE QRTZ_JOB_DETAILS (
            SCHED_NAME        NVARCHAR(120)  NOT NULL,
            JOB_NAME          NVARCHAR(150)  NOT NULL,
            JOB_GROUP         NVARCHAR(150)  NOT NULL,
            DESCRIPTION       NVARCHAR(250)  NULL,
            JOB_CLASS_NAME    NVARCHAR(250)  NOT NULL,
            IS_DURABLE        BIT            NOT NULL,
            IS_NONCONCURRENT  BIT            NOT NULL,
            IS_UPDATE_DATA    BIT            NOT NULL,
            REQUESTS_RECOVERY BIT            NOT NULL,
            JOB_DATA          VARBINARY(MAX) NULL,
            CONSTRAINT PK_QRTZ_JOB_DETAILS PRIMARY KEY CLUSTERED (SCHED_NAME, JOB_NAME, JOB_GROUP)
        );
        """,
        """
        CREATE TABLE QRTZ_TRIGGERS (
            SCHED_NAME              NVARCHAR(120)  NOT NULL,
            TRIGGER_NAME            NVARCHAR(150)  NOT NULL,
            TRIGGER_GROUP           NVARCHAR(150)  NOT NULL,
            JOB_NAME                NVARCHAR(150)  NOT NULL,
            JOB_GROUP               NVARCHAR(150)  NOT NULL,
            DESCRIPTION             NVARCHAR(250)  NULL,
            NEXT_FIRE_TIME          BIGINT         NULL,
            PREV_FIRE_TIME          BIGINT         NULL,
            PRIORITY                INT            NULL,
            TRIGGER_STATE           NVARCHAR(16)   NOT NULL,
            TRIGGER_TYPE            NVARCHAR(8)    NOT NULL,
            START_TIME              BIGINT         NOT NULL,
            END_TIME                BIGINT         NULL,
            CALENDAR_NAME           NVARCHAR(200)  NULL,
            MISFIRE_INSTR           INT            NULL,
            MISFIRE_ORIG_FIRE_TIME  BIGINT         NULL,
            EXECUTION_GROUP         NVARCHAR(200)  NULL,
            PREFERRED_NODE          NVARCHAR(200)  NULL,
            PREFERRED_NODE_AUTO     BIT            NOT NULL CONSTRAINT DF_QRTZ_TRIGGERS_PREFERRED_NODE_AUTO DEFAULT 0,
            RETRY_POLICY            NVARCHAR(250)  NULL,
            RETRY_ATTEMPT           INT            NULL,
            CONTINUES_TRIGGER_NAME  NVARCHAR(150)  NULL,
            CONTINUES_TRIGGER_GROUP NVARCHAR(150)  NULL,
            CONTINUATION_CONDITION  INT            NULL,
            OVERLAP_POLICY          INT            NULL,
            PAUSE_REASON            NVARCHAR(250)  NULL,
            PAUSED_BY               NVARCHAR(200)  NULL,
            PAUSED_AT               BIGINT         NULL,
            MISFIRE_THRESHOLD       BIGINT         NULL,
            FIXED_DELAY             BIT            NULL,
            JOB_DATA                VARBINARY(MAX) NULL,
            CONSTRAINT PK_QRTZ_TRIGGERS PRIMARY KEY CLUSTERED (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            CONSTRAINT FK_QRTZ_TRIGGERS_QRTZ_JOB_DETAILS FOREIGN KEY (SCHED_NAME, JOB_NAME, JOB_GROUP)
                REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP)
        );
        """,
        """
        CREATE TABLE QRTZ_SIMPLE_TRIGGERS (
            SCHED_NAME      NVARCHAR(120) NOT NULL,
            TRIGGER_NAME    NVARCHAR(150) NOT NULL,
            TRIGGER_GROUP   NVARCHAR(150) NOT NULL,
            REPEAT_COUNT    INT           NOT NULL,
            REPEAT_INTERVAL BIGINT        NOT NULL,
            TIMES_TRIGGERED INT           NOT NULL,
            CONSTRAINT PK_QRTZ_SIMPLE_TRIGGERS PRIMARY KEY CLUSTERED (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            CONSTRAINT FK_QRTZ_SIMPLE_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
                REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) ON DELETE CASCADE
        );
        """,
        """
        CREATE TABLE QRTZ_SIMPROP_TRIGGERS (
            SCHED_NAME    NVARCHAR(120) NOT NULL,
            TRIGGER_NAME  NVARCHAR(150) NOT NULL,
            TRIGGER_GROUP NVARCHAR(150) NOT NULL,
            STR_PROP_1    NVARCHAR(512) NULL,
            STR_PROP_2    NVARCHAR(512) NULL,
            STR_PROP_3    NVARCHAR(512) NULL,
            INT_PROP_1    INT           NULL,
            INT_PROP_2    INT           NULL,
            LONG_PROP_1   BIGINT        NULL,
            LONG_PROP_2   BIGINT        NULL,
            DEC_PROP_1    NUMERIC(13,4) NULL,
            DEC_PROP_2    NUMERIC(13,4) NULL,
            BOOL_PROP_1   BIT           NULL,
            BOOL_PROP_2   BIT           NULL,
            TIME_ZONE_ID  NVARCHAR(80)  NULL,
            CONSTRAINT PK_QRTZ_SIMPROP_TRIGGERS PRIMARY KEY CLUSTERED (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            CONSTRAINT FK_QRTZ_SIMPROP_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
                REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) ON DELETE CASCADE
        );
        """,
        """
        CREATE TABLE QRTZ_CRON_TRIGGERS (
            SCHED_NAME      NVARCHAR(120) NOT NULL,
            TRIGGER_NAME    NVARCHAR(150) NOT NULL,
            TRIGGER_GROUP   NVARCHAR(150) NOT NULL,
            CRON_EXPRESSION NVARCHAR(120) NOT NULL,
            TIME_ZONE_ID    NVARCHAR(80)  NULL,
            CONSTRAINT PK_QRTZ_CRON_TRIGGERS PRIMARY KEY CLUSTERED (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
            CONSTRAINT FK_QRTZ_CRON_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
                REFERENCES QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) ON DELETE CASCADE
        );
        """,
        """
        CREATE TABLE QRTZ_BLOB_TRIGGERS (
            SCHED_NAME    NVARCHAR(120)  NOT NULL,
            TRIGGER_NAME  NVARCHAR(150)  NOT NULL,
            TRIGGER_GROUP NVARCHAR(150)  NOT NULL,
            BLOB_DATA     VARBINARY(MAX) NULL,
            CONSTRAINT PK_QRTZ_BLOB_TRIGGERS PRIMARY KEY CLUSTERED (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
        );
        """,
        """
        CREATE TABLE QRTZ_CALENDARS (
            SCHED_NAME    NVARCHAR(120)  NOT NULL,
            CALENDAR_NAME NVARCHAR(200)  NOT NULL,
            CALENDAR      VARBINARY(MAX) NOT NULL,
            CONSTRAINT PK_QRTZ_CALENDARS PRIMARY KEY CLUSTERED (SCHED_NAME, CALENDAR_NAME)
        );
        """,
        """
        CREATE TABLE QRTZ_PAUSED_TRIGGER_GRPS (
            SCHED_NAME    NVARCHAR(120) NOT NULL,
            TRIGGER_GROUP NVARCHAR(150) NOT NULL,
            PAUSE_REASON  NVARCHAR(250) NULL,
            PAUSED_BY     NVARCHAR(200) NULL,
            PAUSED_AT     BIGINT        NULL,
            CONSTRAINT PK_QRTZ_PAUSED_TRIGGER_GRPS PRIMARY KEY CLUSTERED (SCHED_NAME, TRIGGER_GROUP)
        );
        """,
        """
        CREATE TABLE QRTZ_PAUSED_JOB_GRPS (
            SCHED_NAME   NVARCHAR(120) NOT NULL,
            JOB_GROUP    NVARCHAR(150) NOT NULL,
            PAUSE_REASON NVARCHAR(250) NULL,
            PAUSED_BY    NVARCHAR(200) NULL,
            PAUSED_AT    BIGINT        NULL,
            CONSTRAINT PK_QRTZ_PAUSED_JOB_GRPS PRIMARY KEY CLUSTERED (SCHED_NAME, JOB_GROUP)
        );
        """,
        """
        CREATE TABLE QRTZ_FIRED_TRIGGERS (
            SCHED_NAME               NVARCHAR(120) NOT NULL,
            ENTRY_ID                 NVARCHAR(140) NOT NULL,
            TRIGGER_NAME             NVARCHAR(150) NOT NULL,
            TRIGGER_GROUP            NVARCHAR(150) NOT NULL,
            INSTANCE_NAME            NVARCHAR(200) NOT NULL,
            FIRED_TIME               BIGINT        NOT NULL,
            SCHED_TIME               BIGINT        NOT NULL,
            PRIORITY                 INT           NOT NULL,
            STATE                    NVARCHAR(16)  NOT NULL,
            JOB_NAME                 NVARCHAR(150) NULL,
            JOB_GROUP                NVARCHAR(150) NULL,
            IS_NONCONCURRENT         BIT           NULL,
            REQUESTS_RECOVERY        BIT           NULL,
            EXECUTION_GROUP          NVARCHAR(200) NULL,
            PROGRESS                 INT           NULL,
            PROGRESS_MESSAGE         NVARCHAR(250) NULL,
            INTERRUPT_REQUESTED_TIME BIGINT        NULL,
            CONSTRAINT PK_QRTZ_FIRED_TRIGGERS PRIMARY KEY CLUSTERED (SCHED_NAME, ENTRY_ID)
        );
        """,
        """
        CREATE TABLE QRTZ_SCHEDULER_STATE (
            SCHED_NAME        NVARCHAR(120) NOT NULL,
            INSTANCE_NAME     NVARCHAR(200) NOT NULL,
            LAST_CHECKIN_TIME BIGINT        NOT NULL,
            CHECKIN_INTERVAL  BIGINT        NOT NULL,
            QUARTZ_VERSION    NVARCHAR(20)  NULL,
            CONSTRAINT PK_QRTZ_SCHEDULER_STATE PRIMARY KEY CLUSTERED (SCHED_NAME, INSTANCE_NAME)
        );
        """,
        """
        CREATE TABLE QRTZ_LOCKS (
            SCHED_NAME NVARCHAR(120) NOT NULL,
            LOCK_NAME  NVARCHAR(40)  NOT NULL,
            CONSTRAINT PK_QRTZ_LOCKS PRIMARY KEY CLUSTERED (SCHED_NAME, LOCK_NAME)
        );
        """,
        """
        CREATE TABLE QRTZ_EXECUTION_HISTORY (
            SCHED_NAME          NVARCHAR(120)  NOT NULL,
            ENTRY_ID            NVARCHAR(140)  NOT NULL,
            INSTANCE_NAME       NVARCHAR(200)  NOT NULL,
            JOB_NAME            NVARCHAR(150)  NOT NULL,
            JOB_GROUP           NVARCHAR(150)  NOT NULL,
            TRIGGER_NAME        NVARCHAR(150)  NOT NULL,
            TRIGGER_GROUP       NVARCHAR(150)  NOT NULL,
            FIRED_TIME          BIGINT         NOT NULL,
            RUN_TIME            BIGINT         NOT NULL,
            SUCCEEDED           BIT            NOT NULL,
            ERROR_MESSAGE       NVARCHAR(1000) NULL,
            RETRY_ATTEMPT       INT            NOT NULL CONSTRAINT DF_QRTZ_EXECUTION_HISTORY_RETRY_ATTEMPT DEFAULT 0,
            RETRY_SCHEDULED     BIT            NOT NULL CONSTRAINT DF_QRTZ_EXECUTION_HISTORY_RETRY_SCHEDULED DEFAULT 0,
            EXECUTION_LOG       NVARCHAR(MAX)  NULL,
            RESULT              INT            NULL,
            SUMMARY             NVARCHAR(1000) NULL,
            METRICS             NVARCHAR(MAX)  NULL,
            MANUAL              BIT            NULL,
            FIRE_INSTANCE_ID    NVARCHAR(140)  NULL,
            JOB_INPUT           NVARCHAR(MAX)  NULL,
            JOB_INPUT_TOO_LARGE BIT            NULL,
            CONSTRAINT PK_QRTZ_EXECUTION_HISTORY PRIMARY KEY CLUSTERED (SCHED_NAME, ENTRY_ID)
        );
        """,
        """
        CREATE TABLE QRTZ_MISFIRE_HISTORY (
            SCHED_NAME    NVARCHAR(120) NOT NULL,
            ENTRY_ID      NVARCHAR(140) NOT NULL,
            INSTANCE_NAME NVARCHAR(200) NOT NULL,
            TRIGGER_NAME  NVARCHAR(150) NOT NULL,
            TRIGGER_GROUP NVARCHAR(150) NOT NULL,
            JOB_NAME      NVARCHAR(150) NULL,
            JOB_GROUP     NVARCHAR(150) NULL,
            MISFIRE_TIME  BIGINT        NOT NULL,
            SCHED_TIME    BIGINT        NULL,
            REASON        INT           NULL,
            CONSTRAINT PK_QRTZ_MISFIRE_HISTORY PRIMARY KEY CLUSTERED (SCHED_NAME, ENTRY_ID)
        );
        """,
        """
        CREATE TABLE QRTZ_JOB_STATUS (
            SCHED_NAME           NVARCHAR(120)  NOT NULL,
            JOB_GROUP            NVARCHAR(150)  NOT NULL,
            JOB_NAME             NVARCHAR(150)  NOT NULL,
            FIRST_FIRED_TIME     BIGINT         NOT NULL,
            LAST_FIRED_TIME      BIGINT         NOT NULL,
            LAST_RESULT          INT            NOT NULL,
            LAST_RUN_TIME        BIGINT         NOT NULL,
            LAST_INSTANCE_NAME   NVARCHAR(200)  NOT NULL,
            LAST_ENTRY_ID        NVARCHAR(140)  NULL,
            LAST_SUMMARY         NVARCHAR(1000) NULL,
            LAST_SUCCESS_TIME    BIGINT         NULL,
            LAST_FAILURE_TIME    BIGINT         NULL,
            LAST_FAILURE_MESSAGE NVARCHAR(1000) NULL,
            CONSECUTIVE_FAILURES INT            NOT NULL CONSTRAINT DF_QRTZ_JOB_STATUS_CONSECUTIVE_FAILURES DEFAULT 0,
            RUN_COUNT            BIGINT         NOT NULL CONSTRAINT DF_QRTZ_JOB_STATUS_RUN_COUNT DEFAULT 0,
            FAILURE_COUNT        BIGINT         NOT NULL CONSTRAINT DF_QRTZ_JOB_STATUS_FAILURE_COUNT DEFAULT 0,
            CONSTRAINT PK_QRTZ_JOB_STATUS PRIMARY KEY CLUSTERED (SCHED_NAME, JOB_GROUP, JOB_NAME)
        );
        """,
        "CREATE INDEX IDX_QRTZ_J_G_N ON QRTZ_JOB_DETAILS (SCHED_NAME, JOB_GROUP, JOB_NAME);",
        "CREATE INDEX IDX_QRTZ_T_J ON QRTZ_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);",
        "CREATE INDEX IDX_QRTZ_T_G_N ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME);",
        "CREATE INDEX IDX_QRTZ_T_C ON QRTZ_TRIGGERS (SCHED_NAME, CALENDAR_NAME);",
        "CREATE INDEX IDX_QRTZ_T_NFT_ST ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME ASC, PRIORITY DESC, MISFIRE_INSTR);",
        "CREATE INDEX IDX_QRTZ_FT_INST_JOB_REQ_RCVRY ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);",
        "CREATE INDEX IDX_QRTZ_FT_J_G ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);",
        "CREATE INDEX IDX_QRTZ_FT_T_G ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);",
        "CREATE INDEX IDX_QRTZ_EH_FIRED_TIME ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, FIRED_TIME);",
        "CREATE INDEX IDX_QRTZ_EH_INST ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, INSTANCE_NAME);",
        "CREATE INDEX IDX_QRTZ_EH_JOB_TIME ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, JOB_GROUP, JOB_NAME, FIRED_TIME);",
        "CREATE INDEX IDX_QRTZ_EH_FIRE_INST ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, FIRE_INSTANCE_ID);",
        "CREATE INDEX IDX_QRTZ_EH_TRIG_TIME ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME, FIRED_TIME);",
        "CREATE INDEX IDX_QRTZ_MH_MISFIRE_TIME ON QRTZ_MISFIRE_HISTORY (SCHED_NAME, MISFIRE_TIME);",
        "CREATE INDEX IDX_QRTZ_MH_INST ON QRTZ_MISFIRE_HISTORY (SCHED_NAME, INSTANCE_NAME);",
    ];

    private static readonly string[] SqlServerDrop =
    [
        "DROP TABLE IF EXISTS QRTZ_JOB_STATUS;",
        "DROP TABLE IF EXISTS QRTZ_MISFIRE_HISTORY;",
        "DROP TABLE IF EXISTS QRTZ_EXECUTION_HISTORY;",
        "DROP TABLE IF EXISTS QRTZ_LOCKS;",
        "DROP TABLE IF EXISTS QRTZ_SCHEDULER_STATE;",
        "DROP TABLE IF EXISTS QRTZ_FIRED_TRIGGERS;",
        "DROP TABLE IF EXISTS QRTZ_PAUSED_JOB_GRPS;",
        "DROP TABLE IF EXISTS QRTZ_PAUSED_TRIGGER_GRPS;",
        "DROP TABLE IF EXISTS QRTZ_CALENDARS;",
        "DROP TABLE IF EXISTS QRTZ_BLOB_TRIGGERS;",
        "DROP TABLE IF EXISTS QRTZ_CRON_TRIGGERS;",
        "DROP TABLE IF EXISTS QRTZ_SIMPROP_TRIGGERS;",
        "DROP TABLE IF EXISTS QRTZ_SIMPLE_TRIGGERS;",
        "DROP TABLE IF EXISTS QRTZ_TRIGGERS;",
        "DROP TABLE IF EXISTS QRTZ_JOB_DETAILS;",
    ];

    /// <summary>Creates the Quartz job store tables and indexes on PostgreSQL.</summary>
    public static void CreatePostgres(MigrationBuilder m) => Apply(m, PostgresCreate);

    /// <summary>Creates the Quartz job store tables and indexes on SQL Server.</summary>
    public static void CreateSqlServer(MigrationBuilder m) => Apply(m, SqlServerCreate);

    /// <summary>Drops the Quartz job store tables on PostgreSQL (for a migration's Down).</summary>
    public static void DropPostgres(MigrationBuilder m) => Apply(m, PostgresDrop);

    /// <summary>Drops the Quartz job store tables on SQL Server (for a migration's Down).</summary>
    public static void DropSqlServer(MigrationBuilder m) => Apply(m, SqlServerDrop);

    private static void Apply(MigrationBuilder m, string[] statements)
    {
        ArgumentNullException.ThrowIfNull(m);
        foreach (var statement in statements)
        {
            m.Sql(statement);
        }
    }

    /// <summary>The PostgreSQL statements, in order (for tests and scripts).</summary>
    internal static IReadOnlyList<string> PostgresCreateStatements => PostgresCreate;

    /// <summary>The SQL Server statements, in order (for tests and scripts).</summary>
    internal static IReadOnlyList<string> SqlServerCreateStatements => SqlServerCreate;
}
