BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $sandbox = Start-InnerSpaceSandbox
    $session = Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential -PassThru

    $demoDayQuery = @'
query DemoDay($building: Int!, $day: Int!) {
  BUILDING_INSIGHTS(
    where: {BUILDING_ID: {_eq: $building}, DATE_PARTITION: {_eq: $day}, GRANULARITY: {_eq: "PT1H"}}
    order_by: {DATE_TIME_START: asc}
  ) {
    BUILDING_ID
    DATE_TIME_START
    OCCUPANCY_MEAN
  }
}
'@
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Invoke-InnerSpaceQuery' {
    Context 'When the query succeeds' {
        It 'emits one object per list element with the API''s field names' {
            $rows = Invoke-InnerSpaceQuery -Query $demoDayQuery -Variables @{ building = 71; day = 20250501 }

            $rows.Count | Should -Be 24
            $rows[0].PSObject.Properties.Name | Should -Be @('BUILDING_ID', 'DATE_TIME_START', 'OCCUPANCY_MEAN')
            $rows.BUILDING_ID | Sort-Object -Unique | Should -Be 71
            $rows[0].OCCUPANCY_MEAN | Should -BeOfType [double]
        }

        It 'takes the query from the pipeline and uses an explicit -Session' {
            $rows = '{ BUILDING_INSIGHTS(limit: 3) { BUILDING_ID } }' |
                Invoke-InnerSpaceQuery -Session $session

            $rows.Count | Should -Be 3
        }

        It 'runs the operation named by -OperationName' {
            $document = @'
query Ids { BUILDING_INSIGHTS(limit: 1) { BUILDING_ID } }
query Sites { BUILDING_INSIGHTS(limit: 1) { SITE_ID } }
'@
            $row = Invoke-InnerSpaceQuery -Query $document -OperationName Sites

            $row.PSObject.Properties.Name | Should -Be 'SITE_ID'
            $row.SITE_ID | Should -Be 900000222
        }

        It 'keeps aliases as the object''s names' {
            $row = Invoke-InnerSpaceQuery '{ first: BUILDING_INSIGHTS(limit: 1) { id: BUILDING_ID } }'

            $row.id | Should -Be 71
        }
    }

    Context 'When the server reports a GraphQL error' {
        It 'writes an ApiGraphQLError that carries the server''s message' {
            $rows = Invoke-InnerSpaceQuery '{ BUILDING_INSIGHTS { NO_SUCH_FIELD } }' `
                -ErrorVariable failures -ErrorAction SilentlyContinue

            $rows | Should -BeNullOrEmpty
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId |
                Should -Be 'ApiGraphQLError,InnerSpace.Commands.InvokeInnerSpaceQueryCommand'
            $failures[0].Exception.Message | Should -Match 'NO_SUCH_FIELD'
            $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        }
    }

    Context 'When the input is impossible' {
        It 'refuses an empty query before sending it' {
            { Invoke-InnerSpaceQuery -Query '' } |
                Should -Throw -ErrorId ('ParameterArgumentValidationError,' +
                    'InnerSpace.Commands.InvokeInnerSpaceQueryCommand')
        }

        It 'refuses variables that are not a dictionary' {
            { Invoke-InnerSpaceQuery -Query '{ x }' -Variables 'building=71' } |
                Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,InnerSpace.Commands.InvokeInnerSpaceQueryCommand'
        }
    }
}
