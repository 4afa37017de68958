IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] uniqueidentifier NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NULL,
        [UserEmail] nvarchar(256) NULL,
        [Action] nvarchar(128) NOT NULL,
        [EntityType] nvarchar(128) NULL,
        [EntityId] nvarchar(64) NULL,
        [Outcome] nvarchar(16) NOT NULL,
        [Error] nvarchar(128) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [IdempotencyRecords] (
        [Id] uniqueidentifier NOT NULL,
        [Scope] nvarchar(80) NOT NULL,
        [Key] nvarchar(128) NOT NULL,
        [RequestHash] nvarchar(64) NOT NULL,
        [StatusCode] int NULL,
        [ContentType] nvarchar(128) NULL,
        [Body] nvarchar(max) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [Plans] (
        [Code] nvarchar(32) NOT NULL,
        [RequestsPerMinute] int NOT NULL,
        [MonthlyQuota] bigint NOT NULL,
        CONSTRAINT [PK_Plans] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [Organizations] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [PlanCode] nvarchar(32) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Organizations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Organizations_Plans_PlanCode] FOREIGN KEY ([PlanCode]) REFERENCES [Plans] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [IsPlatformAdmin] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [UsageCounters] (
        [OrganizationId] uniqueidentifier NOT NULL,
        [Period] nvarchar(7) NOT NULL,
        [Requests] bigint NOT NULL,
        CONSTRAINT [PK_UsageCounters] PRIMARY KEY ([OrganizationId], [Period]),
        CONSTRAINT [FK_UsageCounters_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Name] nvarchar(80) NOT NULL,
        [Prefix] nvarchar(12) NOT NULL,
        [SecretHash] nvarchar(64) NOT NULL,
        [Scopes] int NOT NULL,
        [LastUsedAt] datetimeoffset NULL,
        [RevokedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApiKeys_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ApiKeys_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] uniqueidentifier NOT NULL,
        [RoleId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] uniqueidentifier NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE TABLE [RefreshTokens] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [ConsumedAt] datetimeoffset NULL,
        [RevokedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_RefreshTokens] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RefreshTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ApiKeys_OrganizationId] ON [ApiKeys] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_Prefix] ON [ApiKeys] ([Prefix]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ApiKeys_UserId_CreatedAt] ON [ApiKeys] ([UserId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_OrganizationId] ON [AspNetUsers] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_Action_OccurredAt] ON [AuditEntries] ([Action], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OrganizationId_OccurredAt] ON [AuditEntries] ([OrganizationId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_IdempotencyRecords_ExpiresAt] ON [IdempotencyRecords] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_IdempotencyRecords_Scope_Key] ON [IdempotencyRecords] ([Scope], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Organizations_PlanCode] ON [Organizations] ([PlanCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_RefreshTokens_FamilyId] ON [RefreshTokens] ([FamilyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RefreshTokens_TokenHash] ON [RefreshTokens] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_RefreshTokens_UserId] ON [RefreshTokens] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125141925_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125141925_InitialCreate', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
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
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
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
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
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
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
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
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
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
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE TABLE QRTZ_BLOB_TRIGGERS (
        SCHED_NAME    NVARCHAR(120)  NOT NULL,
        TRIGGER_NAME  NVARCHAR(150)  NOT NULL,
        TRIGGER_GROUP NVARCHAR(150)  NOT NULL,
        BLOB_DATA     VARBINARY(MAX) NULL,
        CONSTRAINT PK_QRTZ_BLOB_TRIGGERS PRIMARY KEY CLUSTERED (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE TABLE QRTZ_CALENDARS (
        SCHED_NAME    NVARCHAR(120)  NOT NULL,
        CALENDAR_NAME NVARCHAR(200)  NOT NULL,
        CALENDAR      VARBINARY(MAX) NOT NULL,
        CONSTRAINT PK_QRTZ_CALENDARS PRIMARY KEY CLUSTERED (SCHED_NAME, CALENDAR_NAME)
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE TABLE QRTZ_PAUSED_TRIGGER_GRPS (
        SCHED_NAME    NVARCHAR(120) NOT NULL,
        TRIGGER_GROUP NVARCHAR(150) NOT NULL,
        PAUSE_REASON  NVARCHAR(250) NULL,
        PAUSED_BY     NVARCHAR(200) NULL,
        PAUSED_AT     BIGINT        NULL,
        CONSTRAINT PK_QRTZ_PAUSED_TRIGGER_GRPS PRIMARY KEY CLUSTERED (SCHED_NAME, TRIGGER_GROUP)
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE TABLE QRTZ_PAUSED_JOB_GRPS (
        SCHED_NAME   NVARCHAR(120) NOT NULL,
        JOB_GROUP    NVARCHAR(150) NOT NULL,
        PAUSE_REASON NVARCHAR(250) NULL,
        PAUSED_BY    NVARCHAR(200) NULL,
        PAUSED_AT    BIGINT        NULL,
        CONSTRAINT PK_QRTZ_PAUSED_JOB_GRPS PRIMARY KEY CLUSTERED (SCHED_NAME, JOB_GROUP)
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
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
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE TABLE QRTZ_SCHEDULER_STATE (
        SCHED_NAME        NVARCHAR(120) NOT NULL,
        INSTANCE_NAME     NVARCHAR(200) NOT NULL,
        LAST_CHECKIN_TIME BIGINT        NOT NULL,
        CHECKIN_INTERVAL  BIGINT        NOT NULL,
        QUARTZ_VERSION    NVARCHAR(20)  NULL,
        CONSTRAINT PK_QRTZ_SCHEDULER_STATE PRIMARY KEY CLUSTERED (SCHED_NAME, INSTANCE_NAME)
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE TABLE QRTZ_LOCKS (
        SCHED_NAME NVARCHAR(120) NOT NULL,
        LOCK_NAME  NVARCHAR(40)  NOT NULL,
        CONSTRAINT PK_QRTZ_LOCKS PRIMARY KEY CLUSTERED (SCHED_NAME, LOCK_NAME)
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
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
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
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
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
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
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_J_G_N ON QRTZ_JOB_DETAILS (SCHED_NAME, JOB_GROUP, JOB_NAME);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_T_J ON QRTZ_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_T_G_N ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_T_C ON QRTZ_TRIGGERS (SCHED_NAME, CALENDAR_NAME);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_T_NFT_ST ON QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME ASC, PRIORITY DESC, MISFIRE_INSTR);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_FT_INST_JOB_REQ_RCVRY ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_FT_J_G ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_FT_T_G ON QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_EH_FIRED_TIME ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, FIRED_TIME);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_EH_INST ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, INSTANCE_NAME);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_EH_JOB_TIME ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, JOB_GROUP, JOB_NAME, FIRED_TIME);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_EH_FIRE_INST ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, FIRE_INSTANCE_ID);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_EH_TRIG_TIME ON QRTZ_EXECUTION_HISTORY (SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME, FIRED_TIME);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_MH_MISFIRE_TIME ON QRTZ_MISFIRE_HISTORY (SCHED_NAME, MISFIRE_TIME);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    CREATE INDEX IDX_QRTZ_MH_INST ON QRTZ_MISFIRE_HISTORY (SCHED_NAME, INSTANCE_NAME);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125142500_AddQuartzTables', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144552_AddInvitations'
)
BEGIN
    CREATE TABLE [Invitations] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [Role] nvarchar(32) NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [InvitedBy] uniqueidentifier NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [AcceptedAt] datetimeoffset NULL,
        [RevokedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Invitations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Invitations_AspNetUsers_InvitedBy] FOREIGN KEY ([InvitedBy]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Invitations_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144552_AddInvitations'
)
BEGIN
    CREATE INDEX [IX_Invitations_InvitedBy] ON [Invitations] ([InvitedBy]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144552_AddInvitations'
)
BEGIN
    CREATE INDEX [IX_Invitations_OrganizationId_CreatedAt] ON [Invitations] ([OrganizationId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144552_AddInvitations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Invitations_TokenHash] ON [Invitations] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125144552_AddInvitations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125144552_AddInvitations', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125152550_AddUserDeactivation'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [DeactivatedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125152550_AddUserDeactivation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125152550_AddUserDeactivation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201081816_ApiKeyExpiry'
)
BEGIN
    ALTER TABLE [ApiKeys] ADD [ExpiresAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201081816_ApiKeyExpiry'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201081816_ApiKeyExpiry', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201084212_RefreshTokenSessionEnd'
)
BEGIN
    ALTER TABLE [RefreshTokens] ADD [SessionEndsAt] datetimeoffset NOT NULL DEFAULT '0001-01-01T00:00:00.0000000+00:00';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201084212_RefreshTokenSessionEnd'
)
BEGIN
    UPDATE "RefreshTokens" SET "SessionEndsAt" = "ExpiresAt"
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201084212_RefreshTokenSessionEnd'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201084212_RefreshTokenSessionEnd', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094814_IdempotencyLocation'
)
BEGIN
    ALTER TABLE [IdempotencyRecords] ADD [Location] nvarchar(2048) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201094814_IdempotencyLocation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201094814_IdempotencyLocation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201105236_AuditEntrySystemName'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [SystemName] nvarchar(128) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201105236_AuditEntrySystemName'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201105236_AuditEntrySystemName', N'10.0.15');
END;

COMMIT;
GO
