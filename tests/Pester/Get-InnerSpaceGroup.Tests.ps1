BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox -ArgumentList '--buildings', '3'
    Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Get-InnerSpaceGroup' {
    It 'lists the groups with the ids the insight cmdlets take' {
        $groups = @(Get-InnerSpaceGroup -BuildingId 71)

        $groups.Count | Should -BeGreaterOrEqual 1
        $groups[0] | Should -BeOfType [InnerSpace.Group]
        $groups.GroupId | Should -Contain 'all-e707b3a8-0732-49ae-9156-13ff1138540e'
        @(Get-BuildingInsight 71 '2025-05-01' -GroupId $groups[0].GroupId).Count | Should -Be 24
    }

    It 'lists the groups of every building when none is named' {
        $groups = @(Get-InnerSpaceGroup)

        ($groups.BuildingId | Select-Object -Unique) | Should -Be 71, 72, 73
    }
}
