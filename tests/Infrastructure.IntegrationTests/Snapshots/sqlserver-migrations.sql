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
    -- QRTZ_JOB_DETAILS
    IF OBJECT_ID(N'QRTZ_JOB_DETAILS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_JOB_DETAILS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        DESCRIPTION nvarchar(250) NULL,
        JOB_CLASS_NAME nvarchar(250) NOT NULL,
        IS_DURABLE bit NOT NULL,
        IS_NONCONCURRENT bit NOT NULL,
        IS_UPDATE_DATA bit NOT NULL,
        REQUESTS_RECOVERY bit NOT NULL,
        JOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_JOB_DETAILS PRIMARY KEY (SCHED_NAME,JOB_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_TRIGGERS
    IF OBJECT_ID(N'QRTZ_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        DESCRIPTION nvarchar(250) NULL,
        NEXT_FIRE_TIME bigint NULL,
        PREV_FIRE_TIME bigint NULL,
        PRIORITY int NULL,
        TRIGGER_STATE nvarchar(16) NOT NULL,
        TRIGGER_TYPE nvarchar(8) NOT NULL,
        START_TIME bigint NOT NULL,
        END_TIME bigint NULL,
        CALENDAR_NAME nvarchar(200) NULL,
        MISFIRE_INSTR int NULL,
        MISFIRE_ORIG_FIRE_TIME bigint NULL,
        EXECUTION_GROUP nvarchar(200) NULL,
        PREFERRED_NODE nvarchar(200) NULL,
        PREFERRED_NODE_AUTO bit NOT NULL DEFAULT 0,
        RETRY_POLICY nvarchar(250) NULL,
        RETRY_ATTEMPT int NULL,
        CONTINUES_TRIGGER_NAME nvarchar(150) NULL,
        CONTINUES_TRIGGER_GROUP nvarchar(150) NULL,
        CONTINUATION_CONDITION int NULL,
        OVERLAP_POLICY int NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        MISFIRE_THRESHOLD bigint NULL,
        FIXED_DELAY bit NULL,
        JOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_TRIGGERS_QRTZ_JOB_DETAILS FOREIGN KEY (SCHED_NAME,JOB_NAME,JOB_GROUP) REFERENCES QRTZ_JOB_DETAILS (SCHED_NAME,JOB_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_SIMPLE_TRIGGERS
    IF OBJECT_ID(N'QRTZ_SIMPLE_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SIMPLE_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        REPEAT_COUNT int NOT NULL,
        REPEAT_INTERVAL bigint NOT NULL,
        TIMES_TRIGGERED int NOT NULL,
        CONSTRAINT PK_QRTZ_SIMPLE_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_SIMPLE_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_CRON_TRIGGERS
    IF OBJECT_ID(N'QRTZ_CRON_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_CRON_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        CRON_EXPRESSION nvarchar(120) NOT NULL,
        TIME_ZONE_ID nvarchar(80),
        CONSTRAINT PK_QRTZ_CRON_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_CRON_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_SIMPROP_TRIGGERS
    IF OBJECT_ID(N'QRTZ_SIMPROP_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SIMPROP_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        STR_PROP_1 nvarchar(512) NULL,
        STR_PROP_2 nvarchar(512) NULL,
        STR_PROP_3 nvarchar(512) NULL,
        INT_PROP_1 int NULL,
        INT_PROP_2 int NULL,
        LONG_PROP_1 bigint NULL,
        LONG_PROP_2 bigint NULL,
        DEC_PROP_1 numeric(13,4) NULL,
        DEC_PROP_2 numeric(13,4) NULL,
        BOOL_PROP_1 bit NULL,
        BOOL_PROP_2 bit NULL,
        TIME_ZONE_ID nvarchar(80) NULL,
        CONSTRAINT PK_QRTZ_SIMPROP_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP),
        CONSTRAINT FK_QRTZ_SIMPROP_TRIGGERS_QRTZ_TRIGGERS FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES QRTZ_TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_BLOB_TRIGGERS
    IF OBJECT_ID(N'QRTZ_BLOB_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_BLOB_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        BLOB_DATA varbinary(max) NULL,
        CONSTRAINT PK_QRTZ_BLOB_TRIGGERS PRIMARY KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_CALENDARS
    IF OBJECT_ID(N'QRTZ_CALENDARS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_CALENDARS (
        SCHED_NAME nvarchar(120) NOT NULL,
        CALENDAR_NAME nvarchar(200) NOT NULL,
        CALENDAR varbinary(max) NOT NULL,
        CONSTRAINT PK_QRTZ_CALENDARS PRIMARY KEY (SCHED_NAME,CALENDAR_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_PAUSED_TRIGGER_GRPS
    IF OBJECT_ID(N'QRTZ_PAUSED_TRIGGER_GRPS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_PAUSED_TRIGGER_GRPS (
        SCHED_NAME nvarchar(120) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        CONSTRAINT PK_QRTZ_PAUSED_TRIGGER_GRPS PRIMARY KEY (SCHED_NAME,TRIGGER_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_PAUSED_JOB_GRPS
    IF OBJECT_ID(N'QRTZ_PAUSED_JOB_GRPS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_PAUSED_JOB_GRPS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        PAUSE_REASON nvarchar(250) NULL,
        PAUSED_BY nvarchar(200) NULL,
        PAUSED_AT bigint NULL,
        CONSTRAINT PK_QRTZ_PAUSED_JOB_GRPS PRIMARY KEY (SCHED_NAME,JOB_GROUP)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_FIRED_TRIGGERS
    IF OBJECT_ID(N'QRTZ_FIRED_TRIGGERS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_FIRED_TRIGGERS (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        FIRED_TIME bigint NOT NULL,
        SCHED_TIME bigint NOT NULL,
        PRIORITY int NOT NULL,
        STATE nvarchar(16) NOT NULL,
        JOB_NAME nvarchar(150) NULL,
        JOB_GROUP nvarchar(150) NULL,
        IS_NONCONCURRENT bit NULL,
        REQUESTS_RECOVERY bit NULL,
        EXECUTION_GROUP nvarchar(200) NULL,
        PROGRESS int NULL,
        PROGRESS_MESSAGE nvarchar(250) NULL,
        INTERRUPT_REQUESTED_TIME bigint NULL,
        CONSTRAINT PK_QRTZ_FIRED_TRIGGERS PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_SCHEDULER_STATE
    IF OBJECT_ID(N'QRTZ_SCHEDULER_STATE', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_SCHEDULER_STATE (
        SCHED_NAME nvarchar(120) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        LAST_CHECKIN_TIME bigint NOT NULL,
        CHECKIN_INTERVAL bigint NOT NULL,
        QUARTZ_VERSION nvarchar(20) NULL,
        CONSTRAINT PK_QRTZ_SCHEDULER_STATE PRIMARY KEY (SCHED_NAME,INSTANCE_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_LOCKS
    IF OBJECT_ID(N'QRTZ_LOCKS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_LOCKS (
        SCHED_NAME nvarchar(120) NOT NULL,
        LOCK_NAME nvarchar(40) NOT NULL,
        CONSTRAINT PK_QRTZ_LOCKS PRIMARY KEY (SCHED_NAME,LOCK_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_EXECUTION_HISTORY
    IF OBJECT_ID(N'QRTZ_EXECUTION_HISTORY', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_EXECUTION_HISTORY (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        FIRED_TIME bigint NOT NULL,
        RUN_TIME bigint NOT NULL,
        SUCCEEDED bit NOT NULL,
        ERROR_MESSAGE nvarchar(1000) NULL,
        RETRY_ATTEMPT int NOT NULL DEFAULT 0,
        RETRY_SCHEDULED bit NOT NULL DEFAULT 0,
        EXECUTION_LOG nvarchar(max) NULL,
        RESULT int NULL,
        SUMMARY nvarchar(1000) NULL,
        METRICS nvarchar(max) NULL,
        MANUAL bit NULL,
        FIRE_INSTANCE_ID nvarchar(140) NULL,
        JOB_INPUT nvarchar(max) NULL,
        JOB_INPUT_TOO_LARGE bit NULL,
        CONSTRAINT PK_QRTZ_EXECUTION_HISTORY PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_MISFIRE_HISTORY
    IF OBJECT_ID(N'QRTZ_MISFIRE_HISTORY', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_MISFIRE_HISTORY (
        SCHED_NAME nvarchar(120) NOT NULL,
        ENTRY_ID nvarchar(140) NOT NULL,
        INSTANCE_NAME nvarchar(200) NOT NULL,
        TRIGGER_NAME nvarchar(150) NOT NULL,
        TRIGGER_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NULL,
        JOB_GROUP nvarchar(150) NULL,
        MISFIRE_TIME bigint NOT NULL,
        SCHED_TIME bigint NULL,
        REASON int NULL,
        CONSTRAINT PK_QRTZ_MISFIRE_HISTORY PRIMARY KEY (SCHED_NAME,ENTRY_ID)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- QRTZ_JOB_STATUS
    IF OBJECT_ID(N'QRTZ_JOB_STATUS', N'U') IS NULL
    BEGIN
      CREATE TABLE QRTZ_JOB_STATUS (
        SCHED_NAME nvarchar(120) NOT NULL,
        JOB_GROUP nvarchar(150) NOT NULL,
        JOB_NAME nvarchar(150) NOT NULL,
        FIRST_FIRED_TIME bigint NOT NULL,
        LAST_FIRED_TIME bigint NOT NULL,
        LAST_RESULT int NOT NULL,
        LAST_RUN_TIME bigint NOT NULL,
        LAST_INSTANCE_NAME nvarchar(200) NOT NULL,
        LAST_ENTRY_ID nvarchar(140) NULL,
        LAST_SUMMARY nvarchar(1000) NULL,
        LAST_SUCCESS_TIME bigint NULL,
        LAST_FAILURE_TIME bigint NULL,
        LAST_FAILURE_MESSAGE nvarchar(1000) NULL,
        CONSECUTIVE_FAILURES int NOT NULL DEFAULT 0,
        RUN_COUNT bigint NOT NULL DEFAULT 0,
        FAILURE_COUNT bigint NOT NULL DEFAULT 0,
        CONSTRAINT PK_QRTZ_JOB_STATUS PRIMARY KEY (SCHED_NAME,JOB_GROUP,JOB_NAME)
      );
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_J_G_N
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_J_G_N' AND object_id = OBJECT_ID('QRTZ_JOB_DETAILS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_J_G_N ON QRTZ_JOB_DETAILS(SCHED_NAME, JOB_GROUP, JOB_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_T_J
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_J' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_J ON QRTZ_TRIGGERS(SCHED_NAME, JOB_NAME, JOB_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_T_G_N
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_G_N' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_G_N ON QRTZ_TRIGGERS(SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_T_C
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_C' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_C ON QRTZ_TRIGGERS(SCHED_NAME, CALENDAR_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_T_NFT_ST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_T_NFT_ST' AND object_id = OBJECT_ID('QRTZ_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_T_NFT_ST ON QRTZ_TRIGGERS(SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME ASC, PRIORITY DESC, MISFIRE_INSTR);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_FT_INST_JOB_REQ_RCVRY
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_INST_JOB_REQ_RCVRY' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_INST_JOB_REQ_RCVRY ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_FT_J_G
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_J_G' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_J_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, JOB_NAME, JOB_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_FT_T_G
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_FT_T_G' AND object_id = OBJECT_ID('QRTZ_FIRED_TRIGGERS'))
    BEGIN
      CREATE INDEX IDX_QRTZ_FT_T_G ON QRTZ_FIRED_TRIGGERS(SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_FIRED_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_FIRED_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_FIRED_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_INST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_INST' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, INSTANCE_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_MH_MISFIRE_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_MH_MISFIRE_TIME' AND object_id = OBJECT_ID('QRTZ_MISFIRE_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_MH_MISFIRE_TIME ON QRTZ_MISFIRE_HISTORY(SCHED_NAME, MISFIRE_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_MH_INST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_MH_INST' AND object_id = OBJECT_ID('QRTZ_MISFIRE_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_MH_INST ON QRTZ_MISFIRE_HISTORY(SCHED_NAME, INSTANCE_NAME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_JOB_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_JOB_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_JOB_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, JOB_GROUP, JOB_NAME, FIRED_TIME);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_FIRE_INST
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_FIRE_INST' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_FIRE_INST ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, FIRE_INSTANCE_ID);
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125142500_AddQuartzTables'
)
BEGIN
    -- IDX_QRTZ_EH_TRIG_TIME
    IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IDX_QRTZ_EH_TRIG_TIME' AND object_id = OBJECT_ID('QRTZ_EXECUTION_HISTORY'))
    BEGIN
      CREATE INDEX IDX_QRTZ_EH_TRIG_TIME ON QRTZ_EXECUTION_HISTORY(SCHED_NAME, TRIGGER_GROUP, TRIGGER_NAME, FIRED_TIME);
    END
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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201111818_Outbox'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [RecipientId] uniqueidentifier NOT NULL,
        [Message] nvarchar(500) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Notifications_AspNetUsers_RecipientId] FOREIGN KEY ([RecipientId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Notifications_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201111818_Outbox'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(256) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [OrganizationId] uniqueidentifier NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetimeoffset NOT NULL,
        [ProcessedAt] datetimeoffset NULL,
        [LastError] nvarchar(2000) NULL,
        [LeaseId] uniqueidentifier NULL,
        [LeasedUntil] datetimeoffset NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201111818_Outbox'
)
BEGIN
    CREATE TABLE [ProcessedEvents] (
        [EventId] uniqueidentifier NOT NULL,
        [Handler] nvarchar(200) NOT NULL,
        [ProcessedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ProcessedEvents] PRIMARY KEY ([EventId], [Handler])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201111818_Outbox'
)
BEGIN
    CREATE INDEX [IX_Notifications_OrganizationId] ON [Notifications] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201111818_Outbox'
)
BEGIN
    CREATE INDEX [IX_Notifications_RecipientId_CreatedAt] ON [Notifications] ([RecipientId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201111818_Outbox'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_LeaseId] ON [OutboxMessages] ([LeaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201111818_Outbox'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt_NextAttemptAt] ON [OutboxMessages] ([ProcessedAt], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201111818_Outbox'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201111818_Outbox', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201133237_AddPendingRegistrations'
)
BEGIN
    CREATE TABLE [PendingRegistrations] (
        [Id] uniqueidentifier NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [OrganizationName] nvarchar(120) NULL,
        [InvitationId] uniqueidentifier NULL,
        [PasswordHash] nvarchar(512) NOT NULL,
        [TokenHash] nvarchar(64) NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_PendingRegistrations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201133237_AddPendingRegistrations'
)
BEGIN
    CREATE INDEX [IX_PendingRegistrations_Email] ON [PendingRegistrations] ([Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201133237_AddPendingRegistrations'
)
BEGIN
    CREATE INDEX [IX_PendingRegistrations_ExpiresAt] ON [PendingRegistrations] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201133237_AddPendingRegistrations'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_PendingRegistrations_TokenHash] ON [PendingRegistrations] ([TokenHash]) WHERE [TokenHash] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201133237_AddPendingRegistrations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201133237_AddPendingRegistrations', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE TABLE [Bookmakers] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Key] nvarchar(64) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [IsAggregate] bit NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Bookmakers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Bookmakers_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE TABLE [Sports] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Key] nvarchar(64) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Sports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Sports_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE TABLE [Competitions] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [SportId] uniqueidentifier NOT NULL,
        [Key] nvarchar(64) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Competitions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Competitions_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Competitions_Sports_SportId] FOREIGN KEY ([SportId]) REFERENCES [Sports] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE TABLE [Seasons] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [CompetitionId] uniqueidentifier NOT NULL,
        [Name] nvarchar(16) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Seasons] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Seasons_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Seasons_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE TABLE [SportEvents] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [CompetitionId] uniqueidentifier NOT NULL,
        [SeasonId] uniqueidentifier NOT NULL,
        [HomeTeam] nvarchar(128) NOT NULL,
        [AwayTeam] nvarchar(128) NOT NULL,
        [KickOffUtc] datetimeoffset NOT NULL,
        [KickOffLocal] nvarchar(19) NOT NULL,
        [SourceTimeZone] nvarchar(64) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [HomeGoals] int NULL,
        [AwayGoals] int NULL,
        [HalfTimeHomeGoals] int NULL,
        [HalfTimeAwayGoals] int NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_SportEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SportEvents_Competitions_CompetitionId] FOREIGN KEY ([CompetitionId]) REFERENCES [Competitions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SportEvents_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SportEvents_Seasons_SeasonId] FOREIGN KEY ([SeasonId]) REFERENCES [Seasons] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE TABLE [OddsSnapshots] (
        [Id] bigint NOT NULL IDENTITY,
        [OrganizationId] uniqueidentifier NOT NULL,
        [EventId] uniqueidentifier NOT NULL,
        [BookmakerId] uniqueidentifier NOT NULL,
        [Market] int NOT NULL,
        [Line] decimal(6,2) NOT NULL,
        [Selection] int NOT NULL,
        [Price] decimal(18,6) NOT NULL,
        [CapturedAt] datetimeoffset NOT NULL,
        [Kind] int NOT NULL,
        CONSTRAINT [PK_OddsSnapshots] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OddsSnapshots_Bookmakers_BookmakerId] FOREIGN KEY ([BookmakerId]) REFERENCES [Bookmakers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_OddsSnapshots_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_OddsSnapshots_SportEvents_EventId] FOREIGN KEY ([EventId]) REFERENCES [SportEvents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Bookmakers_OrganizationId_Key] ON [Bookmakers] ([OrganizationId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Competitions_OrganizationId_Key] ON [Competitions] ([OrganizationId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE INDEX [IX_Competitions_SportId] ON [Competitions] ([SportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE INDEX [IX_OddsSnapshots_BookmakerId] ON [OddsSnapshots] ([BookmakerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE INDEX [IX_OddsSnapshots_EventId] ON [OddsSnapshots] ([EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE INDEX [IX_OddsSnapshots_OrganizationId_CapturedAt] ON [OddsSnapshots] ([OrganizationId], [CapturedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OddsSnapshots_OrganizationId_EventId_BookmakerId_Market_Line_Selection_Kind_CapturedAt] ON [OddsSnapshots] ([OrganizationId], [EventId], [BookmakerId], [Market], [Line], [Selection], [Kind], [CapturedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE INDEX [IX_Seasons_CompetitionId] ON [Seasons] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Seasons_OrganizationId_CompetitionId_Name] ON [Seasons] ([OrganizationId], [CompetitionId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE INDEX [IX_SportEvents_CompetitionId] ON [SportEvents] ([CompetitionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SportEvents_OrganizationId_CompetitionId_KickOffUtc_HomeTeam_AwayTeam] ON [SportEvents] ([OrganizationId], [CompetitionId], [KickOffUtc], [HomeTeam], [AwayTeam]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE INDEX [IX_SportEvents_OrganizationId_SeasonId_KickOffUtc] ON [SportEvents] ([OrganizationId], [SeasonId], [KickOffUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE INDEX [IX_SportEvents_OrganizationId_Status_KickOffUtc] ON [SportEvents] ([OrganizationId], [Status], [KickOffUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE INDEX [IX_SportEvents_SeasonId] ON [SportEvents] ([SeasonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Sports_OrganizationId_Key] ON [Sports] ([OrganizationId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201140407_AddBettingCatalogAndOdds'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201140407_AddBettingCatalogAndOdds', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201160652_SportEventSourceLine'
)
BEGIN
    ALTER TABLE [SportEvents] ADD [SourceLine] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201160652_SportEventSourceLine'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201160652_SportEventSourceLine', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201162338_AddBets'
)
BEGIN
    CREATE TABLE [Bets] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [EventId] uniqueidentifier NOT NULL,
        [SportId] uniqueidentifier NOT NULL,
        [CompetitionId] uniqueidentifier NOT NULL,
        [Market] nvarchar(16) NOT NULL,
        [Selection] nvarchar(16) NOT NULL,
        [Line] decimal(6,2) NOT NULL,
        [BookmakerId] uniqueidentifier NOT NULL,
        [Odds] decimal(18,6) NOT NULL,
        [PlacedAt] datetimeoffset NOT NULL,
        [OpportunityId] uniqueidentifier NULL,
        [AgentKey] nvarchar(64) NULL,
        [EdgeAtPlacement] decimal(18,6) NULL,
        [KellyFractionAtPlacement] decimal(18,6) NULL,
        [Status] nvarchar(16) NOT NULL,
        [SettledHomeGoals] int NULL,
        [SettledAwayGoals] int NULL,
        [Payout] decimal(18,4) NULL,
        [Profit] decimal(18,4) NULL,
        [SettledAt] datetimeoffset NULL,
        [DeadHeatFraction] decimal(18,6) NULL,
        [ClosingOdds] decimal(18,6) NULL,
        [ClosingFairProbability] float NULL,
        [ClvRaw] float NULL,
        [ClvFair] float NULL,
        [ClvProbability] float NULL,
        [ClvLineRepriced] bit NOT NULL,
        [Notes] nvarchar(2000) NULL,
        [Tags] nvarchar(max) NOT NULL,
        [StakeAmount] decimal(18,4) NOT NULL,
        [StakeCurrency] char(3) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Bets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Bets_Bookmakers_BookmakerId] FOREIGN KEY ([BookmakerId]) REFERENCES [Bookmakers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Bets_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Bets_SportEvents_EventId] FOREIGN KEY ([EventId]) REFERENCES [SportEvents] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201162338_AddBets'
)
BEGIN
    CREATE INDEX [IX_Bets_BookmakerId] ON [Bets] ([BookmakerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201162338_AddBets'
)
BEGIN
    CREATE INDEX [IX_Bets_EventId] ON [Bets] ([EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201162338_AddBets'
)
BEGIN
    CREATE INDEX [IX_Bets_OrganizationId_PlacedAt] ON [Bets] ([OrganizationId], [PlacedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201162338_AddBets'
)
BEGIN
    CREATE INDEX [IX_Bets_OrganizationId_Status_EventId] ON [Bets] ([OrganizationId], [Status], [EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201162338_AddBets'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201162338_AddBets', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201174251_BetClosingStale'
)
BEGIN
    ALTER TABLE [Bets] ADD [ClosingStale] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201174251_BetClosingStale'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201174251_BetClosingStale', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201191844_BettingSettings'
)
BEGIN
    CREATE TABLE [BettingSettings] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [KellyMultiplier] decimal(18,6) NOT NULL,
        [MinimumEdge] decimal(18,6) NOT NULL,
        [BetCap] decimal(18,6) NOT NULL,
        [OpenCap] decimal(18,6) NOT NULL,
        [CollectionIntervalMinutes] int NOT NULL,
        [RequestsReserve] int NOT NULL,
        [Regions] nvarchar(max) NOT NULL,
        [SportKeys] nvarchar(max) NOT NULL,
        [AnomalyAgent] bit NOT NULL,
        [SpreadAgent] bit NOT NULL,
        [PatternAgent] bit NOT NULL,
        [BacktestAgent] bit NOT NULL,
        [AlertOpportunityEdge] decimal(18,6) NOT NULL,
        [AlertLineMovePercent] decimal(18,6) NOT NULL,
        [AlertKickOffReminderMinutes] int NOT NULL,
        [ProtectedOddsApiKey] nvarchar(2048) NULL,
        [OddsApiKeyHint] nvarchar(4) NULL,
        [InitialBankrollAmount] decimal(18,4) NOT NULL,
        [InitialBankrollCurrency] char(3) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_BettingSettings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BettingSettings_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201191844_BettingSettings'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(128) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201191844_BettingSettings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BettingSettings_OrganizationId] ON [BettingSettings] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201191844_BettingSettings'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201191844_BettingSettings', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201201738_AddOpportunities'
)
BEGIN
    CREATE TABLE [Opportunities] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [EventId] uniqueidentifier NOT NULL,
        [SportId] uniqueidentifier NOT NULL,
        [CompetitionId] uniqueidentifier NOT NULL,
        [Market] nvarchar(16) NOT NULL,
        [Selection] nvarchar(16) NOT NULL,
        [Line] decimal(6,2) NOT NULL,
        [BookmakerId] uniqueidentifier NOT NULL,
        [Odds] decimal(18,6) NOT NULL,
        [FairProbability] float NOT NULL,
        [ExpectedValue] decimal(18,6) NOT NULL,
        [Edge] decimal(18,6) NOT NULL,
        [LowestExpectedValue] decimal(18,6) NOT NULL,
        [HighestExpectedValue] decimal(18,6) NOT NULL,
        [Method] nvarchar(16) NOT NULL,
        [MethodParameter] float NULL,
        [Margin] float NOT NULL,
        [Reference] nvarchar(200) NOT NULL,
        [Reasons] nvarchar(2000) NOT NULL,
        [AgentKey] nvarchar(32) NOT NULL,
        [AgentVersion] nvarchar(16) NOT NULL,
        [Score] int NOT NULL,
        [Label] nvarchar(16) NOT NULL,
        [Consensus] bit NOT NULL,
        [ConsensusWeight] float NOT NULL,
        [AgreeingAgents] nvarchar(max) NOT NULL,
        [RaisedAt] datetimeoffset NOT NULL,
        [PricedAt] datetimeoffset NOT NULL,
        [WithdrawnAt] datetimeoffset NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [ClosingOdds] decimal(18,6) NULL,
        [ClosingFairProbability] float NULL,
        [ClvFair] float NULL,
        [ClvRaw] float NULL,
        [Result] nvarchar(16) NULL,
        [Prices] nvarchar(max) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Opportunities] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Opportunities_Bookmakers_BookmakerId] FOREIGN KEY ([BookmakerId]) REFERENCES [Bookmakers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Opportunities_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Opportunities_SportEvents_EventId] FOREIGN KEY ([EventId]) REFERENCES [SportEvents] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201201738_AddOpportunities'
)
BEGIN
    CREATE INDEX [IX_Opportunities_BookmakerId] ON [Opportunities] ([BookmakerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201201738_AddOpportunities'
)
BEGIN
    CREATE INDEX [IX_Opportunities_EventId] ON [Opportunities] ([EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201201738_AddOpportunities'
)
BEGIN
    CREATE INDEX [IX_Opportunities_OrganizationId_AgentKey_ExpiresAt] ON [Opportunities] ([OrganizationId], [AgentKey], [ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201201738_AddOpportunities'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Opportunities_OrganizationId_EventId_AgentKey_Market_Line_Selection] ON [Opportunities] ([OrganizationId], [EventId], [AgentKey], [Market], [Line], [Selection]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201201738_AddOpportunities'
)
BEGIN
    CREATE INDEX [IX_Opportunities_OrganizationId_ExpiresAt] ON [Opportunities] ([OrganizationId], [ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201201738_AddOpportunities'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201201738_AddOpportunities', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203307_OddsCollection'
)
BEGIN
    ALTER TABLE [SportEvents] ADD [ExternalId] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203307_OddsCollection'
)
BEGIN
    ALTER TABLE [SportEvents] ADD [FeedCheckedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203307_OddsCollection'
)
BEGIN
    CREATE TABLE [OddsCollectionStates] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [QuotaRemaining] int NULL,
        [QuotaUsed] int NULL,
        [QuotaCheckedAt] datetimeoffset NULL,
        [LastCollectedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_OddsCollectionStates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OddsCollectionStates_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203307_OddsCollection'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_SportEvents_OrganizationId_ExternalId] ON [SportEvents] ([OrganizationId], [ExternalId]) WHERE [ExternalId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203307_OddsCollection'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OddsCollectionStates_OrganizationId] ON [OddsCollectionStates] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201203307_OddsCollection'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201203307_OddsCollection', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201222354_BetLineAwareClv'
)
BEGIN
    ALTER TABLE [Bets] ADD [ClosingLine] decimal(6,2) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201222354_BetLineAwareClv'
)
BEGIN
    ALTER TABLE [Bets] ADD [ClvRepricedFair] float NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201222354_BetLineAwareClv'
)
BEGIN
    ALTER TABLE [Bets] ADD [RepricedFairProbability] float NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201222354_BetLineAwareClv'
)
BEGIN
    UPDATE [Bets] SET [ClosingLine] = [Line] WHERE [ClosingOdds] IS NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201222354_BetLineAwareClv'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201222354_BetLineAwareClv', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201234930_AddAlertPreferences'
)
BEGIN
    CREATE TABLE [AlertPreferences] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [OpportunityEdge] decimal(18,6) NOT NULL,
        [LineMovePercent] decimal(18,6) NOT NULL,
        [KickOffReminderMinutes] int NOT NULL,
        [Live] bit NOT NULL,
        [ByEmail] bit NOT NULL,
        [ByWebhook] bit NOT NULL,
        [WebhookFormat] nvarchar(16) NOT NULL,
        [ProtectedWebhookUrl] nvarchar(2048) NULL,
        [WebhookUrlHint] nvarchar(300) NULL,
        [TelegramChatId] nvarchar(64) NULL,
        [ProtectedWebhookSecret] nvarchar(2048) NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_AlertPreferences] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AlertPreferences_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AlertPreferences_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201234930_AddAlertPreferences'
)
BEGIN
    CREATE TABLE [Alerts] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Message] nvarchar(500) NOT NULL,
        [DueAt] datetimeoffset NOT NULL,
        [RaisedAt] datetimeoffset NULL,
        [Settled] int NOT NULL,
        [Won] int NOT NULL,
        [Lost] int NOT NULL,
        [Profit] decimal(18,4) NOT NULL,
        [Currency] nvarchar(3) NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Alerts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Alerts_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Alerts_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201234930_AddAlertPreferences'
)
BEGIN
    CREATE INDEX [IX_AlertPreferences_OrganizationId] ON [AlertPreferences] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201234930_AddAlertPreferences'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AlertPreferences_UserId] ON [AlertPreferences] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201234930_AddAlertPreferences'
)
BEGIN
    CREATE INDEX [IX_Alerts_OrganizationId_RaisedAt_DueAt] ON [Alerts] ([OrganizationId], [RaisedAt], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201234930_AddAlertPreferences'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Alerts_UserId_Key] ON [Alerts] ([UserId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201234930_AddAlertPreferences'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201234930_AddAlertPreferences', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202021002_AddBacktestRuns'
)
BEGIN
    CREATE TABLE [BacktestRuns] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Rule] nvarchar(max) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [MatchesTotal] int NOT NULL,
        [MatchesDone] int NOT NULL,
        [Attempts] int NOT NULL,
        [StartedAt] datetimeoffset NULL,
        [HeartbeatAt] datetimeoffset NULL,
        [CompletedAt] datetimeoffset NULL,
        [Result] nvarchar(max) NULL,
        [Error] nvarchar(500) NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_BacktestRuns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BacktestRuns_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202021002_AddBacktestRuns'
)
BEGIN
    CREATE INDEX [IX_BacktestRuns_OrganizationId_CreatedAt] ON [BacktestRuns] ([OrganizationId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202021002_AddBacktestRuns'
)
BEGIN
    CREATE INDEX [IX_BacktestRuns_Status_OrganizationId] ON [BacktestRuns] ([Status], [OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202021002_AddBacktestRuns'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202021002_AddBacktestRuns', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070551_BillingCatalogue'
)
BEGIN
    CREATE TABLE [BillingPlans] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(64) NOT NULL,
        [Description] nvarchar(280) NOT NULL,
        [TrialDays] int NOT NULL,
        [Position] int NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_BillingPlans] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070551_BillingCatalogue'
)
BEGIN
    CREATE TABLE [PlanPrices] (
        [Id] uniqueidentifier NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [Interval] nvarchar(16) NOT NULL,
        [Currency] char(3) NOT NULL,
        [Amount] decimal(18,4) NOT NULL,
        [Revision] int NOT NULL,
        [ActiveFrom] datetimeoffset NOT NULL,
        [RetiredAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_PlanPrices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PlanPrices_BillingPlans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [BillingPlans] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070551_BillingCatalogue'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BillingPlans_Code] ON [BillingPlans] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070551_BillingCatalogue'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PlanPrices_PlanId_Interval_Currency_Revision] ON [PlanPrices] ([PlanId], [Interval], [Currency], [Revision]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070551_BillingCatalogue'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202070551_BillingCatalogue', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202072837_BillingCustomers'
)
BEGIN
    CREATE TABLE [BillingCustomers] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [LegalName] nvarchar(200) NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [IsBusiness] bit NOT NULL,
        [VatNumber] varchar(32) NULL,
        [VatNumberStatus] nvarchar(16) NOT NULL,
        [VatNumberCheckedAt] datetimeoffset NULL,
        [TimeZone] nvarchar(64) NOT NULL,
        [Currency] char(3) NOT NULL,
        [AddressCity] nvarchar(100) NOT NULL,
        [AddressCountry] char(2) NOT NULL,
        [AddressLine1] nvarchar(200) NOT NULL,
        [AddressLine2] nvarchar(200) NULL,
        [AddressPostalCode] nvarchar(20) NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_BillingCustomers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BillingCustomers_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202072837_BillingCustomers'
)
BEGIN
    CREATE TABLE [BillingCustomerEvidence] (
        [Id] int NOT NULL IDENTITY,
        [Source] nvarchar(16) NOT NULL,
        [Country] char(2) NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_BillingCustomerEvidence] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BillingCustomerEvidence_BillingCustomers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [BillingCustomers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202072837_BillingCustomers'
)
BEGIN
    CREATE INDEX [IX_BillingCustomerEvidence_CustomerId] ON [BillingCustomerEvidence] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202072837_BillingCustomers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BillingCustomers_OrganizationId] ON [BillingCustomers] ([OrganizationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202072837_BillingCustomers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202072837_BillingCustomers', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    CREATE TABLE [InvoiceSequences] (
        [Series] varchar(8) NOT NULL,
        [Year] int NOT NULL,
        [Last] bigint NOT NULL,
        CONSTRAINT [PK_InvoiceSequences] PRIMARY KEY ([Series], [Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    CREATE TABLE [Invoices] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Currency] char(3) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [Number] varchar(32) NULL,
        [IssuedAt] datetimeoffset NULL,
        [DueAt] datetimeoffset NULL,
        [BuyerName] nvarchar(200) NULL,
        [BuyerLine1] nvarchar(200) NULL,
        [BuyerLine2] nvarchar(200) NULL,
        [BuyerCity] nvarchar(100) NULL,
        [BuyerPostalCode] nvarchar(20) NULL,
        [BuyerCountry] char(2) NULL,
        [BuyerVatNumber] varchar(32) NULL,
        [VatCase] nvarchar(32) NULL,
        [VatCategory] nvarchar(16) NULL,
        [VatRate] decimal(18,6) NULL,
        [VatMention] nvarchar(54) NULL,
        [LineTotal] decimal(18,4) NOT NULL,
        [TaxTotal] decimal(18,4) NOT NULL,
        [Total] decimal(18,4) NOT NULL,
        [AmountPaid] decimal(18,4) NOT NULL,
        [PaidAt] datetimeoffset NULL,
        [ClosedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Invoices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Invoices_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    CREATE TABLE [InvoiceLines] (
        [Position] int NOT NULL,
        [InvoiceId] uniqueidentifier NOT NULL,
        [Description] nvarchar(500) NOT NULL,
        [Quantity] decimal(18,6) NOT NULL,
        [UnitPrice] decimal(18,6) NOT NULL,
        [Net] decimal(18,4) NOT NULL,
        CONSTRAINT [PK_InvoiceLines] PRIMARY KEY ([InvoiceId], [Position]),
        CONSTRAINT [FK_InvoiceLines_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Invoices_Number] ON [Invoices] ([Number]) WHERE [Number] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    CREATE INDEX [IX_Invoices_OrganizationId_CreatedAt] ON [Invoices] ([OrganizationId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_Invoices_Frozen] ON [Invoices] AFTER UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM inserted i JOIN deleted d ON i.[Id] = d.[Id]
                   WHERE d.[Status] <> N''Draft'' AND (i.[Status] = N''Draft'' OR NOT EXISTS (
                       SELECT i.[OrganizationId], i.[Currency], i.[Number], i.[IssuedAt], i.[DueAt], i.[BuyerName], i.[BuyerLine1], i.[BuyerLine2], i.[BuyerCity], i.[BuyerPostalCode], i.[BuyerCountry], i.[BuyerVatNumber], i.[VatCase], i.[VatCategory], i.[VatRate], i.[VatMention], i.[LineTotal], i.[TaxTotal], i.[Total], i.[CreatedAt], i.[CreatedBy]
                       INTERSECT
                       SELECT d.[OrganizationId], d.[Currency], d.[Number], d.[IssuedAt], d.[DueAt], d.[BuyerName], d.[BuyerLine1], d.[BuyerLine2], d.[BuyerCity], d.[BuyerPostalCode], d.[BuyerCountry], d.[BuyerVatNumber], d.[VatCase], d.[VatCategory], d.[VatRate], d.[VatMention], d.[LineTotal], d.[TaxTotal], d.[Total], d.[CreatedAt], d.[CreatedBy])))
            THROW 51000, N''A finalized invoice cannot be changed: correct it with a credit note.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_Invoices_Kept] ON [Invoices] AFTER DELETE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM deleted WHERE [Status] <> N''Draft'') THROW 51000, N''A finalized invoice cannot be changed: correct it with a credit note.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_InvoiceLines_FrozenOnInsert] ON [InvoiceLines] AFTER INSERT AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM inserted r JOIN [Invoices] i ON i.[Id] = r.[InvoiceId] WHERE i.[Status] <> N''Draft'') THROW 51000, N''A finalized invoice cannot be changed: correct it with a credit note.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_InvoiceLines_FrozenOnUpdate] ON [InvoiceLines] AFTER UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM inserted r JOIN [Invoices] i ON i.[Id] = r.[InvoiceId] WHERE i.[Status] <> N''Draft'') THROW 51000, N''A finalized invoice cannot be changed: correct it with a credit note.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_InvoiceLines_FrozenOnDelete] ON [InvoiceLines] AFTER DELETE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM deleted r JOIN [Invoices] i ON i.[Id] = r.[InvoiceId] WHERE i.[Status] <> N''Draft'') THROW 51000, N''A finalized invoice cannot be changed: correct it with a credit note.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202080759_BillingInvoices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202080759_BillingInvoices', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202102403_BillingSubscriptions'
)
BEGIN
    CREATE TABLE [Subscriptions] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [PlanCode] nvarchar(32) NOT NULL,
        [PriceId] uniqueidentifier NOT NULL,
        [Interval] nvarchar(16) NOT NULL,
        [Currency] char(3) NOT NULL,
        [Amount] decimal(18,4) NOT NULL,
        [PendingPlanId] uniqueidentifier NULL,
        [PendingPlanCode] nvarchar(32) NULL,
        [PendingPriceId] uniqueidentifier NULL,
        [PendingInterval] nvarchar(16) NULL,
        [PendingAmount] decimal(18,4) NULL,
        [Anchor] datetimeoffset NOT NULL,
        [TimeZone] nvarchar(64) NOT NULL,
        [TrialEndsAt] datetimeoffset NULL,
        [PeriodStart] datetimeoffset NOT NULL,
        [PeriodEnd] datetimeoffset NOT NULL,
        [CancelAtPeriodEnd] bit NOT NULL,
        [CanceledAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Subscriptions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Subscriptions_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Subscriptions_PlanPrices_PendingPriceId] FOREIGN KEY ([PendingPriceId]) REFERENCES [PlanPrices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Subscriptions_PlanPrices_PriceId] FOREIGN KEY ([PriceId]) REFERENCES [PlanPrices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202102403_BillingSubscriptions'
)
BEGIN
    CREATE INDEX [IX_Subscriptions_OrganizationId_CreatedAt] ON [Subscriptions] ([OrganizationId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202102403_BillingSubscriptions'
)
BEGIN
    CREATE INDEX [IX_Subscriptions_PendingPriceId] ON [Subscriptions] ([PendingPriceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202102403_BillingSubscriptions'
)
BEGIN
    CREATE INDEX [IX_Subscriptions_PriceId] ON [Subscriptions] ([PriceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202102403_BillingSubscriptions'
)
BEGIN
    CREATE INDEX [IX_Subscriptions_Status_PeriodEnd] ON [Subscriptions] ([Status], [PeriodEnd]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202102403_BillingSubscriptions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202102403_BillingSubscriptions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202110829_BillingPayments'
)
BEGIN
    CREATE TABLE [Payments] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [InvoiceId] uniqueidentifier NOT NULL,
        [Method] nvarchar(16) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [Currency] char(3) NOT NULL,
        [Amount] decimal(18,4) NOT NULL,
        [Reference] nvarchar(140) NULL,
        [SucceededAt] datetimeoffset NULL,
        [FailureReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_Payments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Payments_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Payments_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202110829_BillingPayments'
)
BEGIN
    CREATE INDEX [IX_Payments_InvoiceId] ON [Payments] ([InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202110829_BillingPayments'
)
BEGIN
    CREATE INDEX [IX_Payments_OrganizationId_InvoiceId] ON [Payments] ([OrganizationId], [InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202110829_BillingPayments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202110829_BillingPayments', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202113528_BillingDunning'
)
BEGIN
    ALTER TABLE [Invoices] ADD [RemindersSent] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202113528_BillingDunning'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202113528_BillingDunning', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202135117_BillingTrialWarnings'
)
BEGIN
    ALTER TABLE [Subscriptions] ADD [TrialWarnedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202135117_BillingTrialWarnings'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202135117_BillingTrialWarnings', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144243_BillingWebhooks'
)
BEGIN
    CREATE TABLE [WebhookEndpoints] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Url] nvarchar(2048) NOT NULL,
        [Description] nvarchar(200) NULL,
        [EventTypes] varchar(512) NOT NULL,
        [ProtectedSecret] varchar(512) NOT NULL,
        [PreviousProtectedSecret] varchar(512) NULL,
        [PreviousSecretExpiresAt] datetimeoffset NULL,
        [Enabled] bit NOT NULL,
        [DisabledReason] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_WebhookEndpoints] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WebhookEndpoints_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144243_BillingWebhooks'
)
BEGIN
    CREATE TABLE [WebhookDeliveries] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [EndpointId] uniqueidentifier NOT NULL,
        [EventId] uniqueidentifier NOT NULL,
        [EventType] varchar(64) NOT NULL,
        [Payload] nvarchar(max) NOT NULL,
        [Status] nvarchar(16) NOT NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetimeoffset NULL,
        [LastAttemptAt] datetimeoffset NULL,
        [LastStatusCode] int NULL,
        [LastError] nvarchar(500) NULL,
        [SucceededAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_WebhookDeliveries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WebhookDeliveries_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_WebhookDeliveries_WebhookEndpoints_EndpointId] FOREIGN KEY ([EndpointId]) REFERENCES [WebhookEndpoints] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144243_BillingWebhooks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WebhookDeliveries_EndpointId_EventId] ON [WebhookDeliveries] ([EndpointId], [EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144243_BillingWebhooks'
)
BEGIN
    CREATE INDEX [IX_WebhookDeliveries_OrganizationId_EndpointId_CreatedAt] ON [WebhookDeliveries] ([OrganizationId], [EndpointId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144243_BillingWebhooks'
)
BEGIN
    CREATE INDEX [IX_WebhookDeliveries_Status_NextAttemptAt] ON [WebhookDeliveries] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144243_BillingWebhooks'
)
BEGIN
    CREATE INDEX [IX_WebhookEndpoints_OrganizationId_CreatedAt] ON [WebhookEndpoints] ([OrganizationId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202144243_BillingWebhooks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202144243_BillingWebhooks', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150003_BillingInvoiceDocuments'
)
BEGIN
    CREATE TABLE [InvoiceDocuments] (
        [InvoiceId] uniqueidentifier NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Sha256] char(64) NOT NULL,
        [RenderedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_InvoiceDocuments] PRIMARY KEY ([InvoiceId]),
        CONSTRAINT [FK_InvoiceDocuments_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150003_BillingInvoiceDocuments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202150003_BillingInvoiceDocuments', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    ALTER TABLE [Invoices] ADD [AmountCredited] decimal(18,4) NOT NULL DEFAULT 0.0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    CREATE TABLE [CreditNotes] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Number] varchar(32) NOT NULL,
        [IssuedAt] datetimeoffset NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Reason] nvarchar(500) NOT NULL,
        [InvoiceId] uniqueidentifier NOT NULL,
        [InvoiceNumber] varchar(32) NOT NULL,
        [InvoiceIssuedAt] datetimeoffset NOT NULL,
        [Currency] char(3) NOT NULL,
        [VatCategory] nvarchar(16) NOT NULL,
        [VatRate] decimal(18,6) NOT NULL,
        [VatMention] nvarchar(54) NULL,
        [LineTotal] decimal(18,4) NOT NULL,
        [TaxTotal] decimal(18,4) NOT NULL,
        [Total] decimal(18,4) NOT NULL,
        [RequestedGross] decimal(18,4) NULL,
        [AppliedToInvoice] decimal(18,4) NOT NULL,
        [RefundDue] decimal(18,4) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_CreditNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CreditNotes_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CreditNotes_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    CREATE TABLE [CreditNoteLines] (
        [Position] int NOT NULL,
        [CreditNoteId] uniqueidentifier NOT NULL,
        [Description] nvarchar(500) NOT NULL,
        [Quantity] decimal(18,6) NOT NULL,
        [UnitPrice] decimal(18,6) NOT NULL,
        [Net] decimal(18,4) NOT NULL,
        CONSTRAINT [PK_CreditNoteLines] PRIMARY KEY ([CreditNoteId], [Position]),
        CONSTRAINT [FK_CreditNoteLines_CreditNotes_CreditNoteId] FOREIGN KEY ([CreditNoteId]) REFERENCES [CreditNotes] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    CREATE INDEX [IX_CreditNotes_InvoiceId] ON [CreditNotes] ([InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CreditNotes_Number] ON [CreditNotes] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    CREATE INDEX [IX_CreditNotes_OrganizationId_IssuedAt] ON [CreditNotes] ([OrganizationId], [IssuedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_CreditNotes_NotUpdated] ON [CreditNotes] AFTER UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM deleted) THROW 51000, N''A credit note cannot be changed or deleted: issue another one.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_CreditNotes_NotDeleted] ON [CreditNotes] AFTER DELETE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM deleted) THROW 51000, N''A credit note cannot be changed or deleted: issue another one.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_CreditNoteLines_NotUpdated] ON [CreditNoteLines] AFTER UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM deleted) THROW 51000, N''A credit note cannot be changed or deleted: issue another one.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_CreditNoteLines_NotDeleted] ON [CreditNoteLines] AFTER DELETE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM deleted) THROW 51000, N''A credit note cannot be changed or deleted: issue another one.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150013_BillingCreditNotes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202150013_BillingCreditNotes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    ALTER TABLE [CreditNotes] ADD [RestoredToCredits] decimal(18,4) NOT NULL DEFAULT 0.0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    CREATE TABLE [CreditGrants] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [Currency] char(3) NOT NULL,
        [Amount] decimal(18,4) NOT NULL,
        [Remaining] decimal(18,4) NOT NULL,
        [GrantedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NULL,
        [Source] nvarchar(16) NOT NULL,
        [Reason] nvarchar(200) NOT NULL,
        [TransferredFromGrantId] uniqueidentifier NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_CreditGrants] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_CreditGrants_Remaining] CHECK ("Remaining" >= 0 AND "Remaining" <= "Amount"),
        CONSTRAINT [FK_CreditGrants_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    CREATE TABLE [CreditLedger] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [GrantId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(16) NOT NULL,
        [Currency] char(3) NOT NULL,
        [Amount] decimal(18,4) NOT NULL,
        [RemainingAfter] decimal(18,4) NOT NULL,
        [InvoiceId] uniqueidentifier NULL,
        [CreditNoteId] uniqueidentifier NULL,
        [CounterpartGrantId] uniqueidentifier NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_CreditLedger] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_CreditLedger_RemainingAfter] CHECK ("RemainingAfter" >= 0),
        CONSTRAINT [FK_CreditLedger_CreditGrants_GrantId] FOREIGN KEY ([GrantId]) REFERENCES [CreditGrants] ([Id]),
        CONSTRAINT [FK_CreditLedger_CreditNotes_CreditNoteId] FOREIGN KEY ([CreditNoteId]) REFERENCES [CreditNotes] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CreditLedger_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CreditLedger_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    CREATE INDEX [IX_CreditGrants_OrganizationId_Currency_ExpiresAt_GrantedAt] ON [CreditGrants] ([OrganizationId], [Currency], [ExpiresAt], [GrantedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    CREATE INDEX [IX_CreditGrants_OrganizationId_GrantedAt] ON [CreditGrants] ([OrganizationId], [GrantedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    CREATE INDEX [IX_CreditLedger_CreditNoteId] ON [CreditLedger] ([CreditNoteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    CREATE INDEX [IX_CreditLedger_GrantId] ON [CreditLedger] ([GrantId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    CREATE INDEX [IX_CreditLedger_InvoiceId] ON [CreditLedger] ([InvoiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    CREATE INDEX [IX_CreditLedger_OrganizationId_OccurredAt] ON [CreditLedger] ([OrganizationId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_CreditLedger_NotUpdated] ON [CreditLedger] AFTER UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM deleted) THROW 51000, N''The credit ledger is append-only: record a new entry instead.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    EXEC(N'CREATE TRIGGER [TR_CreditLedger_NotDeleted] ON [CreditLedger] AFTER DELETE AS
    BEGIN
        SET NOCOUNT ON;
        IF EXISTS (SELECT 1 FROM deleted) THROW 51000, N''The credit ledger is append-only: record a new entry instead.'', 1;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202164952_BillingCredits'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202164952_BillingCredits', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202174339_BillingUsage'
)
BEGIN
    CREATE TABLE [UsageRecords] (
        [Id] uniqueidentifier NOT NULL,
        [OrganizationId] uniqueidentifier NOT NULL,
        [EventId] varchar(128) NOT NULL,
        [Meter] varchar(64) NOT NULL,
        [Value] decimal(18,4) NOT NULL,
        [Timestamp] datetimeoffset NOT NULL,
        [Property] nvarchar(128) NULL,
        [IngestedOrder] bigint NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [UpdatedAt] datetimeoffset NULL,
        [UpdatedBy] uniqueidentifier NULL,
        CONSTRAINT [PK_UsageRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_UsageRecords_Organizations_OrganizationId] FOREIGN KEY ([OrganizationId]) REFERENCES [Organizations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202174339_BillingUsage'
)
BEGIN
    CREATE UNIQUE INDEX [IX_UsageRecords_OrganizationId_EventId] ON [UsageRecords] ([OrganizationId], [EventId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202174339_BillingUsage'
)
BEGIN
    CREATE INDEX [IX_UsageRecords_OrganizationId_Meter_Timestamp] ON [UsageRecords] ([OrganizationId], [Meter], [Timestamp]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202174339_BillingUsage'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202174339_BillingUsage', N'10.0.15');
END;

COMMIT;
GO
