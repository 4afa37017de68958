namespace CleanPlatform.Api.FunctionalTests.Identity;

/// <summary>The user list: one organization's users, searched and paged in the database.</summary>
public abstract class ListUsersTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task ListUsers_TwoOrganizations_EachAdminSeesOnlyItsOwnUsers()
    {
        var (first, firstMember) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var (second, secondMember) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);

        var firstPage = await ListAsync(first, "");
        var secondPage = await ListAsync(second, "");

        firstPage.Items.Select(u => u.Email).Should().BeEquivalentTo([first.Email, firstMember.Email]);
        secondPage.Items.Select(u => u.Email).Should().BeEquivalentTo([second.Email, secondMember.Email]);
        new[] { firstPage.TotalCount, secondPage.TotalCount }.Should().Equal(2, 2);
    }

    [Fact]
    public async Task ListUsers_SecondPageOfASearch_OrdersByEmailAndCountsOnlyTheOrganization()
    {
        var admin = await Api.RegisterAsync(Ct);
        await Api.AddMemberAsync(admin, Roles.Advisor, Ct);
        await Api.AddMemberAsync(admin, Roles.Member, Ct);
        var viewer = await Api.AddMemberAsync(admin, Roles.Viewer, Ct);
        await Api.AddMemberAsync(await Api.RegisterAsync(Ct), Roles.Advisor, Ct);

        var page = await ListAsync(admin, "?search=EXAMPLE.test&page=2&pageSize=2");

        page.Should().BeEquivalentTo(new { Page = 2, PageSize = 2, TotalCount = 4 });
        page.Items.Select(u => u.Email).Should().Equal(admin.Email, viewer.Email);
    }

    [Fact]
    public async Task ListUsers_SearchByDisplayName_FindsTheOrganizationsUserWithRolesAndOrganization()
    {
        var admin = await Api.RegisterAsync(Ct);
        await Api.AddMemberAsync(admin, Roles.Member, Ct);
        await Api.RegisterAsync(Ct);

        var page = await ListAsync(admin, "?search=%20Test%20User%20");

        page.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            admin.Email,
            DisplayName = "Test User",
            Roles = new[] { Roles.Admin },
            OrganizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct),
            OrganizationName = $"Org {admin.Email}",
            IsLockedOut = false,
        });
    }

    private static async Task<PagedList<UserDto>> ListAsync(Caller admin, string query) =>
        await (await admin.Client.GetAsync($"/api/v1/identity/users{query}", Ct))
            .ShouldBeAsync<PagedList<UserDto>>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class ListUsersPostgresTests(PostgresApiFactory api) : ListUsersTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class ListUsersSqliteTests(SqliteApiFactory api) : ListUsersTests<SqliteApiFactory>(api);
