# InnerSpace beside another module that brings its own Newtonsoft.Json, of another
# version, imported before or after it. Each case runs in a fresh process, since which
# copy of an assembly loads first can only be seen in a process that loaded none yet.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    . (Join-Path $PSScriptRoot 'FreshProcess.ps1')
    $sandbox = Start-InnerSpaceSandbox

    # A module as many are written: its own Newtonsoft.Json.dll, loaded with Add-Type, and
    # a command that uses it.
    $otherJsonVersion = '12.0.3'
    $other = Join-Path $TestDrive 'OtherJson'
    $null = New-Item -ItemType Directory -Path $other
    Copy-Item -LiteralPath (Get-NewtonsoftJsonPath -Version $otherJsonVersion) -Destination $other
    Set-Content -LiteralPath (Join-Path $other 'OtherJson.psm1') -Value @'
Add-Type -Path (Join-Path $PSScriptRoot 'Newtonsoft.Json.dll')

function ConvertTo-OtherJson {
    param([Parameter(Mandatory)] [hashtable] $InputObject)

    [Newtonsoft.Json.JsonConvert]::SerializeObject($InputObject)
}
'@

    # Imports the two modules in the order given, connects with the environment
    # variables, reads a day and uses the other module; answers as one line of JSON.
    $script = @'
foreach ($module in $env:FIRST_MODULE, $env:SECOND_MODULE) {
    Import-Module $module
}

Connect-InnerSpace -BaseUri $env:SANDBOX_URI
$rows = @(Get-BuildingInsight -BuildingId 71 -Date 2025-05-01)
$json = ConvertTo-OtherJson @{ answer = 42 }
$loaded = [AppDomain]::CurrentDomain.GetAssemblies() |
    Where-Object { $_.GetName().Name -eq 'Newtonsoft.Json' } |
    ForEach-Object { $_.GetName().Version.ToString() }

[pscustomobject]@{ Rows = $rows.Count; Json = $json; Loaded = @($loaded) } |
    ConvertTo-Json -Compress
'@

    function Get-NewtonsoftTypeName {
        # The full name of a type reference when it points into Newtonsoft.Json, else $null.
        param($Metadata, [System.Reflection.Metadata.TypeReferenceHandle] $Handle)

        $reference = $Metadata.GetTypeReference($Handle)
        $name = $Metadata.GetString($reference.Name)
        $scope = $reference.ResolutionScope

        switch ($scope.Kind) {
            'TypeReference' {
                $outer = Get-NewtonsoftTypeName $Metadata ([System.Reflection.Metadata.TypeReferenceHandle]$scope)
                if ($outer) { "$outer+$name" }
            }
            'AssemblyReference' {
                $assembly = $Metadata.GetAssemblyReference([System.Reflection.Metadata.AssemblyReferenceHandle]$scope)
                if ($Metadata.GetString($assembly.Name) -eq 'Newtonsoft.Json') {
                    "$($Metadata.GetString($reference.Namespace)).$name"
                }
            }
        }
    }

    function Get-MissingNewtonsoftReference {
        # The Newtonsoft.Json types and members the metadata refers to that an assembly lacks.
        param($Metadata, [System.Reflection.Assembly] $Newtonsoft)

        $all = [System.Reflection.BindingFlags]'Public, NonPublic, Instance, Static'
        $types = @{}
        foreach ($handle in $Metadata.TypeReferences) {
            $name = Get-NewtonsoftTypeName $Metadata $handle
            if ($name) {
                $types[$handle] = $name
                if (-not $Newtonsoft.GetType($name)) { "type $name" }
            }
        }

        foreach ($handle in $Metadata.MemberReferences) {
            $member = $Metadata.GetMemberReference($handle)
            if ($member.Parent.Kind -ne 'TypeReference') { continue }

            $typeName = $types[[System.Reflection.Metadata.TypeReferenceHandle]$member.Parent]
            $type = if ($typeName) { $Newtonsoft.GetType($typeName) }
            $name = $Metadata.GetString($member.Name)
            if ($type -and -not $type.GetMember($name, $all)) { "$typeName.$name" }
        }
    }

    function Invoke-CoLoading {
        param([string] $First, [string] $Second)

        $run = Invoke-PwshProcess -Script $script -Environment @{
            FIRST_MODULE             = $First
            SECOND_MODULE            = $Second
            SANDBOX_URI              = $sandbox.BaseUri
            INNERSPACE_CLIENT_ID     = 'demo-client-id'
            INNERSPACE_CLIENT_SECRET = 'demo-client-secret'
        }

        $run.ExitCode | Should -Be 0 -Because $run.Errors
        $run.Output[-1] | ConvertFrom-Json
    }
}

AfterAll {
    $sandbox | Stop-InnerSpaceSandbox
}

Describe 'Get-BuildingInsight beside another Newtonsoft.Json' {
    Context 'Import order' {
        BeforeAll {
            $otherModule = Join-Path $other 'OtherJson.psm1'
            $otherFirst = Invoke-CoLoading -First $otherModule -Second $ModulePath
            $innerSpaceFirst = Invoke-CoLoading -First $ModulePath -Second $otherModule
        }

        It 'reads and the other module works when the other module loaded its Newtonsoft.Json first' {
            $otherFirst.Rows | Should -Be 24
            $otherFirst.Json | Should -Be '{"answer":42}'
        }

        It 'reads and the other module works when InnerSpace was imported first' {
            $innerSpaceFirst.Rows | Should -Be 24
            $innerSpaceFirst.Json | Should -Be '{"answer":42}'
        }

        It 'shares the one Newtonsoft.Json that PowerShell 7 itself loads, whatever the order' {
            $own = [Newtonsoft.Json.JsonConvert].Assembly.GetName().Version.ToString()

            $otherFirst.Loaded | Should -Be @($own)
            $innerSpaceFirst.Loaded | Should -Be @($own)
        }
    }

    Context 'Windows PowerShell 5.1, where the first Newtonsoft.Json loaded may serve everyone' {
        It 'uses only Newtonsoft.Json types and members that version 12.0 already has' {
            # Every type and member InnerSpace.dll references in Newtonsoft.Json, looked up
            # by name in 12.0.3 loaded into a context of its own, so nothing else sees it.
            $dll = Join-Path (Split-Path $ModulePath) 'InnerSpace.dll'
            $older = [System.Runtime.Loader.AssemblyLoadContext]::new('Newtonsoft 12', $true)
            $stream = [System.IO.File]::OpenRead($dll)
            try {
                $json12 = $older.LoadFromAssemblyPath((Get-NewtonsoftJsonPath -Version $otherJsonVersion))
                $reader = [System.Reflection.PortableExecutable.PEReader]::new($stream)
                $metadata = [System.Reflection.Metadata.PEReaderExtensions]::GetMetadataReader($reader)
                $missing = Get-MissingNewtonsoftReference -Metadata $metadata -Newtonsoft $json12
                $reader.Dispose()
            }
            finally {
                $stream.Dispose()
                $older.Unload()
            }

            $missing | Should -BeNullOrEmpty
        }
    }
}

